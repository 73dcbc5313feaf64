"""What the tests share and are not tests themselves: the case-file loader (``casefiles``)
and its JSON Patch (``patch``), the script that rewrites case files as a base and a patch
(``rebase``), Hypothesis strategies, a DOT reader and the injection corpus. Imported as
``support.<module>``."""
