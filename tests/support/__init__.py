"""What the tests share and are not tests themselves: the case-file loader, Hypothesis
strategies, a DOT reader and the injection corpus. Imported as ``support.<module>``."""
