"""The bundled demo: an invented news corpus served on loopback, and the run over it."""
