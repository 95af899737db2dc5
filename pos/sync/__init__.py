"""pos.sync - the till's side of the central omnichannel API: the httpx client, the engine
(a scheduler) over one module per feed (:mod:`pos.sync.feeds`) that pulls into the cache or
pushes the outbox, backoff, and the events it publishes. No Qt (an import-linter contract).

Import from the modules (``pos.sync.errors``, ``pos.sync.events``, ``pos.sync.engine``...):
this package imports nothing, so a screen that only hears sync events or catches a
``HubError`` does not load httpx and the wire models on the till's start."""
