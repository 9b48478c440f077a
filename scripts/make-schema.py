#!/usr/bin/env python3
"""Writes docs/processmaps.schema.json, the JSON Schema of ProcessMaps files for editors.

The schema mirrors the reader in Sources/ProbisYAML/Decoding; `probis validate` checks more (references,
flows, citations, regional rules). Run after changing the format: python3 scripts/make-schema.py
"""
import json, pathlib

ID = {"type": "string", "pattern": "^[A-Za-z0-9._-]+$"}
TEXT = {"type": "string", "minLength": 1}
IDS = {"oneOf": [ID, {"type": "array", "items": ID}]}
TEXTS = {"oneOf": [TEXT, {"type": "array", "items": TEXT}]}

def enum(*values): return {"enum": list(values)}

def obj(required, props, desc=None):
    o = {"type": "object", "required": required, "properties": props, "additionalProperties": False}
    if desc: o["description"] = desc
    return o

CITE = {"description": "The Pasal or Lampiran item; the document's `source` names the text. Or {source, item}.",
        "oneOf": [TEXT, obj(["item"], {"source": TEXT, "item": TEXT})]}
HEADER = {
    "kind": {},
    "id": {**ID, "description": "Unique across the library, e.g. kaltim.pd-tipe-2"},
    "title": {**TEXT, "description": "In Bahasa Indonesia"},
    "region": {**ID, "description": "Id of a region document"},
    "source": {**TEXT, "description": "Seed file of the regulation text, e.g. 004_c6d99ee64fe95462.txt"},
    "cite": CITE,
    "description": TEXT,
}
TIERS = enum("jpt-madya", "jpt-pratama", "administrator", "pengawas", "jf-ahli-utama", "jf-ahli-madya",
             "jf-ahli-muda", "jf-ahli-pertama", "jf-keterampilan", "pelaksana")
POSITION = obj(["id", "title", "tier"], {
    "id": ID, "title": TEXT, "tier": TIERS,
    "headcount": {"type": "integer", "minimum": 1},
    "reports-to": {**ID, "description": "The atasan langsung"},
    "assessor": {**ID, "description": "The Pejabat Penilai Kinerja, when not the nearest superior with role ppk"},
    "roles": {"type": "array", "items": enum("ppk", "pimpinan-unit", "koordinator", "delegasi-ppk")},
    "qualifications": obj([], {"education": TEXT, "grade": TEXT, "experience": {"type": "boolean"}}),
    "cite": CITE, "note": TEXT,
})
LANE = obj(["id"], {
    "id": ID, "title": TEXT, "positions": IDS,
    "role": enum("ketua-tim", "anggota-tim", "kepala-daerah", "sekretaris-daerah", "kepala-perangkat-daerah",
                 "pimpinan-unit", "ppk", "pejabat-berwenang", "jf-pelaksana"),
    "group": TEXT,
})
BRANCH = obj(["to"], {"label": TEXT, "to": ID,
                      "means": enum("diterima", "perbaikan", "disetujui", "ditolak", "individu", "tim-kerja")})
STEP = obj(["id", "lane"], {
    "id": ID,
    "type": enum("activity", "decision", "start", "end", "connector"),
    "lane": ID, "with": IDS,
    "stage": enum("perencanaan", "pelaksanaan", "evaluasi"),
    "action": {**TEXT, "description": "Activities: the action without the subject"},
    "question": {**TEXT, "description": "Decisions: the question"},
    "label": {**TEXT, "description": "Start, end and connectors"},
    "inputs": IDS, "outputs": IDS,
    "next": {"description": "Following step(s); absent = the step written after this one",
             "oneOf": [ID, {"type": "array", "items": ID}]},
    "branches": {"type": "array", "items": BRANCH, "minItems": 2},
    "cadence": enum("kegiatan", "siklus"),
    "connects-to": ID, "cite": CITE, "note": TEXT,
})
SIPOC = obj([], {k: TEXTS for k in ("suppliers", "inputs", "outputs", "customers")})
PROCESS = obj(["code", "title"], {
    "code": {"type": "string", "pattern": r"^[0-9]{2}(\.[0-9]{2})*$"},
    "title": TEXT, "category": enum("inti", "manajemen", "pendukung"), "sipoc": SIPOC,
    "detail": ID, "children": {"type": "array", "items": {"$ref": "#/$defs/process"}}, "cite": CITE,
})
PARENT = obj(["map", "code"], {"map": ID, "code": {"type": "string"}})

def document(kind, required, props):
    return {"if": {"properties": {"kind": {"const": kind}}, "required": ["kind"]},
            "then": obj(["kind", "id", "title"] + required, {**HEADER, **props})}

schema = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://probis.example/processmaps.schema.json",
    "title": "ProcessMaps document (probis)",
    "type": "object",
    "required": ["kind", "id"],
    "properties": {"kind": enum("region", "artifact-catalog", "organization-type", "peta-lintas-fungsi",
                                "peta-proses", "peta-subproses", "peta-relasi", "scenario")},
    "$defs": {"process": PROCESS},
    "allOf": [
        document("region", [], {
            "regulation": obj(["title", "short-title", "source"], {"title": TEXT, "short-title": TEXT, "source": TEXT}),
            "profile": ID}),
        document("artifact-catalog", ["artifacts"], {"artifacts": {"type": "array", "items": obj(["id", "title"], {
            "id": ID, "title": TEXT, "kind": enum("dokumen", "surat"), "contents": TEXTS, "cite": CITE})}}),
        document("organization-type", ["positions"], {
            "structure-levels": {"type": "integer", "minimum": 1,
                                 "description": "Structure levels as the regulation classifies the type (Bungo Pasal 26)"},
            "positions": {"type": "array", "items": POSITION},
            "flow": obj(["steps"], {"lanes": {"type": "array", "items": LANE},
                                    "steps": {"type": "array", "items": STEP}})}),
        document("peta-lintas-fungsi", ["lanes", "steps"], {
            "organization": ID,
            "mechanism": obj(["kind"], {
                "kind": enum("penunjukan", "pengajuan-sukarela", "pertanggungjawaban", "pelaksanaan-tugas"),
                "scope": enum("dalam-unit", "lintas-unit", "lintas-perangkat-daerah", "lintas-instansi"),
                "mode": enum("individu", "tim-kerja")}),
            "lanes": {"type": "array", "items": LANE},
            "steps": {"type": "array", "items": STEP}}),
        document("peta-proses", ["level", "processes"], {
            "level": {"type": "integer", "minimum": 0}, "parent": PARENT,
            "processes": {"type": "array", "items": {"$ref": "#/$defs/process"}}}),
        document("peta-subproses", ["parent", "processes"], {
            "parent": PARENT, "processes": {"type": "array", "items": {"$ref": "#/$defs/process"}}}),
        document("peta-relasi", ["parties", "relations"], {
            "parties": {"type": "array", "items": obj(["id", "title", "kind"], {
                "id": ID, "title": TEXT, "kind": enum("jabatan", "unit", "instansi", "eksternal"), "group": TEXT})},
            "relations": {"type": "array", "items": obj(["from", "to", "label"], {
                "from": ID, "to": ID, "label": TEXT, "artifact": ID, "cite": CITE})}}),
    ],
}

out = pathlib.Path(__file__).resolve().parent.parent / "docs" / "processmaps.schema.json"
out.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
print(f"wrote {out}")
