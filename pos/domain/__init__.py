"""Pure business rules of the till: money, tax, cart, tenders. No Qt, SQL or I/O here."""
