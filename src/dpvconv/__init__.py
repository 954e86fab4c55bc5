"""dpvconv: privacy notices as linked data aligned with the W3C Data Privacy Vocabulary (DPV 2.3)."""

__version__ = "0.1.0"
