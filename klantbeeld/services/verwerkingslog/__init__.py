"""The verwerkingslog after the standard Logboek Dataverwerkingen (Logius / MinBZK).

- :mod:`.verwerking`: the record (:class:`Verwerking`) and its log lines' attributes;
- :mod:`.journaal`: kept encrypted and fsynced before anything is shown (fail closed);
- :mod:`.vastlegging`: the hooks the controllers call (:class:`Verwerkingslog`);
- :mod:`.bezorger`: delivery as OpenTelemetry spans over OTLP/HTTP, exactly once;
- :mod:`.lezer`: reading one person's records back from a logboek (the Inzage view).
"""
