"""pos/services"""
