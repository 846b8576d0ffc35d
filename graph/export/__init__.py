"""Exporters: KnowledgeGraph → ``graph.ttl`` (:mod:`.rdf`, written by :mod:`.turtle`),
``graph.html`` (:mod:`.html`) and ``neo4j/`` (:mod:`.neo4j`).  All writes are atomic."""
