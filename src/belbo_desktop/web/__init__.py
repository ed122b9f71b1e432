"""Web pages served by the hub and, without a hub, by the desktop app on 127.0.0.1."""
