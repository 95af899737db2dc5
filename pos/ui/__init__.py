"""pos/ui"""
