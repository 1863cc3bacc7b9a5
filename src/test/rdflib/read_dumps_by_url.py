"""Reads sco-kg's gzip dumps by URL with rdflib, as the README tells a Python user to, and prints JSON.

rdflib's own Graph.parse(url) asks with Accept-Encoding: identity, gets application/gzip and has no
parser for it; so the dump is opened with urllib and gzip, and parsed from that. For each dump: the
Content-Type and Content-Encoding the server sent, and the triples (or quads) rdflib read.
CompressedDumpsIT compares the counts with what Jena reads. Usage: read_dumps_by_url.py DUMPS_URL
"""
import gzip
import json
import sys
import urllib.request

import rdflib


def main(base):
    found = {}
    for name, fmt in (("sco-kg.nt.gz", "nt"), ("sco-kg.nq.gz", "nquads")):
        with urllib.request.urlopen(base + name) as response:
            graph = rdflib.ConjunctiveGraph() if fmt == "nquads" else rdflib.Graph()
            graph.parse(gzip.open(response), format=fmt)
            found[name] = {
                "contentType": response.headers.get("Content-Type"),
                "contentEncoding": response.headers.get("Content-Encoding"),
                "statements": sum(1 for _ in graph.quads((None, None, None, None))) if fmt == "nquads" else len(graph),
            }
        # And rdflib by URL alone, which fails on the gzip: recorded, not hidden.
        try:
            rdflib.Graph().parse(base + name)
            found[name]["byUrlAlone"] = "read"
        except Exception as e:  # noqa: BLE001 (any failure is the finding)
            found[name]["byUrlAlone"] = type(e).__name__
    print(json.dumps(found))


if __name__ == "__main__":
    main(sys.argv[1])
