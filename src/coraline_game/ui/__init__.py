"""On-screen text and widgets."""
