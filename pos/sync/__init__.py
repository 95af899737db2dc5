"""pos/sync"""
