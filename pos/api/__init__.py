"""pos/api"""
