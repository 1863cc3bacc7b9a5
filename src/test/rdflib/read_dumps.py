"""Reads sco-kg's dumps with rdflib, as a Python user would, and prints what it found as JSON.

For each dump: the triples (or quads) rdflib read, and how many of the union's triples its
reification in graph/provenance names a source for (the README's "which source?" question, asked in
rdflib's SPARQL). RdflibIT compares both with what Jena reads. Usage: read_dumps.py DUMPS_FOLDER
"""
import gzip
import json
import sys
from pathlib import Path

import rdflib

SOURCED = """
PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT (COUNT(DISTINCT ?statement) AS ?n) WHERE {
  ?statement rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?source .
}
"""

TRIPLES = {"sco-kg.ttl": "turtle", "sco-kg.nt.gz": "nt", "sco-kg.jsonld": "json-ld", "sco-kg.rdf": "xml"}
QUADS = {"sco-kg.trig": "trig", "sco-kg.nq.gz": "nquads"}


def text(path):
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.endswith(".gz") else data


def main(folder):
    found = {}
    for name, fmt in TRIPLES.items():
        graph = rdflib.Graph()
        graph.parse(data=text(folder / name), format=fmt)
        found[name] = {"triples": len(graph), "sourced": int(graph.query(SOURCED).bindings[0]["n"])}
    for name, fmt in QUADS.items():
        dataset = rdflib.ConjunctiveGraph()
        dataset.parse(data=text(folder / name), format=fmt)
        found[name] = {"quads": sum(1 for _ in dataset.quads((None, None, None, None))), "graphs": len(list(dataset.contexts()))}
    print(json.dumps(found, sort_keys=True))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
