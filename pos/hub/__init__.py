"""pos/hub"""
