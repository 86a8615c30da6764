"""The Gemma 4 model format, and nothing else: tokens, rendering, parsing, schema translation."""
