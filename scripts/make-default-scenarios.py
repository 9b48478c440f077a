#!/usr/bin/env python3
"""Writes a default simulation scenario for every organization type of a ProcessMaps library, and the
before/after pairs, with one set of documented assumptions (docs/simulation.md, "Skenario bawaan").

Usage: python3 scripts/make-default-scenarios.py LIBRARY_DIR OUT_DIR
  LIBRARY_DIR  a ProcessMaps folder with the organization types (e.g. the main checkout's ProcessMaps)
  OUT_DIR      where to write the scenarios (ProcessMaps/scenarios); one file per scenario, by region

The rules are deterministic: the same library gives the same files."""
import datetime, pathlib, sys
import yaml

SEED = 20260101
START = datetime.date(2026, 1, 1)
# Moving national holidays and cuti bersama of 2026 (approximate dates; adjust to the SKB 3 Menteri).
HOLIDAYS = ["2026-01-16", "2026-02-17", "2026-03-19", "2026-03-20", "2026-03-21", "2026-03-23", "2026-03-24",
            "2026-04-03", "2026-05-14", "2026-05-27", "2026-05-31", "2026-06-16", "2026-08-25"]
FIXED = [(1, 1), (5, 1), (6, 1), (8, 17), (12, 25)]
STRUCTURAL = {"jpt-madya", "jpt-pratama", "administrator", "pengawas"}
LEADING_ROLES = {"pimpinan-unit", "ppk", "delegasi-ppk"}


def is_leader(position):
    """A structural post, or a JF who leads a unit or assesses others (Kepala Sekolah, a unit led by a JF)."""
    return position["tier"] in STRUCTURAL or bool(LEADING_ROLES & set(position.get("roles", [])))

SHARES_WITH_MECHANISM = {"individu": 0.6, "tim-kerja": 0.3, "lintas-unit": 0.1}
SHARES_WITHOUT = {"individu": 0.65, "tim-kerja": 0.35}
TEAM = {"values": [2, 3, 4], "weights": [0.3, 0.4, 0.3]}
TEAM_MEAN = 3.0
# Workload: each Pejabat Fungsional and Pelaksana carries this many kegiatan a year (as an individual or as a
# team member); the heads' utilization follows from the structure, it is not chosen.
CASES_PER_EXECUTOR = 10
# Heads and reviewers finish what is under evaluation before starting more pelaksanaan work.
QUEUE = "{priority: {evaluasi: 1, pelaksanaan: 2}}"
PERBAIKAN = 0.2
REFUSAL = 0.2

# (name, distribution text, mean hours)
D = {
    "siklus": ("{triangular: {min: 4h, mode: 8h, max: 16h}}", 28 / 3),
    "arahan": ("{triangular: {min: 30m, mode: 1h, max: 3h}}", 4.5 / 3),
    "susun-rencana": ("{triangular: {min: 2h, mode: 4h, max: 8h}}", 14 / 3),
    "pelaksanaan-individu": ("{lognormal: {mean: 24h, sd: 10h, max: 80h}}", 24),
    "pelaksanaan-anggota": ("{lognormal: {mean: 16h, sd: 6h, max: 48h}}", 16),
    "laporan-tim": ("{triangular: {min: 2h, mode: 3h, max: 6h}}", 11 / 3),
    "monitoring": ("{triangular: {min: 30m, mode: 1h, max: 2h}}", 3.5 / 3),
    "tinjau": ("{triangular: {min: 30m, mode: 1h, max: 3h}}", 4.5 / 3),
    "lain": ("{triangular: {min: 1h, mode: 2h, max: 4h}}", 7 / 3),
}


def working_hours_per_year():
    holidays = {datetime.date.fromisoformat(d) for d in HOLIDAYS}
    total = 0.0
    for offset in range(365):
        day = START + datetime.timedelta(days=offset)
        if day in holidays or (day.month, day.day) in FIXED or day.weekday() >= 5:
            continue
        total += 9.0 if day.weekday() == 4 else 8.5
    return total


def load(root):
    docs = []
    for path in sorted(pathlib.Path(root).rglob("*.yaml")):
        try:
            doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError:
            continue
        if isinstance(doc, dict) and "kind" in doc:
            docs.append(doc)
    return docs


def steps_with_next(steps):
    out = []
    for index, step in enumerate(steps):
        kind = step.get("type", "activity")
        nxt = step.get("next")
        if nxt is None:
            continues = kind in ("start", "activity") or (kind == "connector" and "connects-to" not in step)
            nxt = [steps[index + 1]["id"]] if continues and index + 1 < len(steps) else []
        elif isinstance(nxt, str):
            nxt = [nxt]
        out.append(dict(step, type=kind, next=nxt))
    return out


def lanes_of(org):
    flow = org["flow"]
    if "lanes" in flow:
        return {lane["id"]: lane for lane in flow["lanes"]}
    lanes = {p["id"]: {"id": p["id"], "positions": [p["id"]]} for p in org["positions"]}
    lanes["ketua-tim"] = {"id": "ketua-tim", "role": "ketua-tim"}
    lanes["anggota-tim"] = {"id": "anggota-tim", "role": "anggota-tim"}
    return lanes


def staffing(org, lane):
    """Positions of a lane as probis resolves them, and the scenario's `lanes:` entry when one is needed."""
    ids = [p["id"] for p in org["positions"]]
    if lane.get("positions"):
        return lane["positions"], None
    if lane["id"] in ids:
        return [lane["id"]], None
    role = lane.get("role")
    executors = [p["id"] for p in org["positions"] if not is_leader(p)]
    leaders = [p["id"] for p in org["positions"] if "pimpinan-unit" in p.get("roles", []) and p.get("reports-to")]
    heads = [p["id"] for p in org["positions"] if not p.get("reports-to")]
    if role in ("ketua-tim", "anggota-tim", "jf-pelaksana") and executors:
        return executors, executors
    if role in ("pimpinan-unit", "ppk") and (leaders or heads):
        chosen = leaders[-1:] or heads[:1]
        return chosen, chosen
    if role in ("kepala-perangkat-daerah", "kepala-daerah", "sekretaris-daerah") and heads:
        return heads[:1], heads[:1]
    return [], "eksternal"


def classify(step, lane, positions_by_id, executors, individual_targets):
    if step.get("cadence") == "siklus":
        return "siklus"
    role = lane.get("role")
    if role == "anggota-tim":
        return "pelaksanaan-anggota"
    if role == "ketua-tim":
        return "laporan-tim"
    stage = step.get("stage")
    executing = role == "jf-pelaksana" or (executors and all(p in executors for p in executors))
    lane_positions = lane.get("_positions", [])
    is_executor_lane = lane_positions and all(not is_leader(positions_by_id[p]) for p in lane_positions)
    if is_executor_lane:
        if stage == "perencanaan":
            return "susun-rencana"
        if stage == "pelaksanaan":
            return "pelaksanaan-individu" if step["id"] in individual_targets else "susun-rencana"
        return "tinjau"
    if stage == "perencanaan":
        return "arahan"
    if stage == "pelaksanaan":
        return "monitoring"
    if stage == "evaluasi":
        return "tinjau"
    return "lain"


def branch_key(branch):
    return branch.get("means") or branch["label"]


def decision_probabilities(step):
    means = [b.get("means") for b in step["branches"]]
    if set(means) <= {"individu", "tim-kerja"} and None not in means:
        return None
    keys = [branch_key(b) for b in step["branches"]]
    if "diterima" in means and "perbaikan" in means:
        return {k: (1 - PERBAIKAN if b.get("means") == "diterima" else PERBAIKAN if b.get("means") == "perbaikan" else 0.0)
                for k, b in zip(keys, step["branches"])}
    if "disetujui" in means and "ditolak" in means:
        return {k: (1 - REFUSAL if b.get("means") == "disetujui" else REFUSAL if b.get("means") == "ditolak" else 0.0)
                for k, b in zip(keys, step["branches"])}
    share = round(1 / len(keys), 6)
    probabilities = {k: share for k in keys}
    probabilities[keys[-1]] = round(1 - share * (len(keys) - 1), 6)
    return probabilities


def expected_visits(steps, probabilities, shares):
    index = {s["id"]: i for i, s in enumerate(steps)}
    team_share = shares.get("tim-kerja", 0) + shares.get("lintas-unit", 0)
    visits = [0.0] * len(steps)
    start = next(i for i, s in enumerate(steps) if s["type"] == "start")
    for _ in range(400):
        flow = [0.0] * len(steps)
        flow[start] = 1.0
        for i, step in enumerate(steps):
            if visits[i] == 0:
                continue
            if step["type"] == "decision":
                p = probabilities.get(step["id"])
                for branch in step["branches"]:
                    if p is None:
                        weight = shares.get("individu", 0) if branch.get("means") == "individu" else team_share
                    else:
                        weight = p.get(branch_key(branch), 0)
                    if branch["to"] in index:
                        flow[index[branch["to"]]] += visits[i] * weight
            else:
                for target in step["next"][:1]:
                    if target in index:
                        flow[index[target]] += visits[i]
        visits = flow
    return visits


def plan(org, mechanism):
    """Everything a default scenario of an organization type needs, before the workload is fixed."""
    positions_by_id = {p["id"]: p for p in org["positions"]}
    executors = [p["id"] for p in org["positions"] if not is_leader(p)]
    lanes = lanes_of(org)
    lane_entries = {}
    for lane in lanes.values():
        positions, entry = staffing(org, lane)
        lane["_positions"] = positions
        if entry is not None:
            lane_entries[lane["id"]] = entry
    steps = steps_with_next(org["flow"]["steps"])
    individual_targets = {b["to"] for s in steps if s["type"] == "decision" for b in s["branches"] if b.get("means") == "individu"}
    durations, kinds = {}, {}
    for step in steps:
        if step["type"] != "activity":
            continue
        kind = classify(step, lanes.get(step["lane"], {"id": step["lane"]}), positions_by_id, executors, individual_targets)
        kinds[step["id"]] = kind
        durations[step["id"]] = kind
    probabilities = {s["id"]: p for s in steps if s["type"] == "decision" and (p := decision_probabilities(s)) is not None}
    shares = SHARES_WITH_MECHANISM if mechanism else SHARES_WITHOUT
    visits = expected_visits(steps, probabilities, shares)
    after, leader_lane = None, None
    for step in steps:
        if step["type"] == "decision" and any(b.get("means") == "individu" for b in step["branches"]):
            leader_lane = step["lane"]
    planning = [s for s in steps if s["type"] == "activity" and s.get("stage") == "perencanaan" and s.get("cadence") != "siklus"]
    led = [s for s in planning if s["lane"] == leader_lane]
    if led or planning:
        after = (led or planning)[-1]["id"]
    return dict(org=org, steps=steps, lanes=lanes, lane_entries=lane_entries, kinds=kinds, probabilities=probabilities,
                shares=shares, visits=visits, after=after, leader_lane=leader_lane, executors=executors)


def loads(p, headcount):
    """Working hours per case of each position (kegiatan-cadence steps, shared within a lane by headcount)."""
    per_position = {}
    for i, step in enumerate(p["steps"]):
        kind = p["kinds"].get(step["id"])
        if kind is None or kind == "siklus":
            continue
        lane = p["lanes"].get(step["lane"], {})
        positions = [x for x in lane.get("_positions", []) if headcount.get(x, 0) > 0]
        if not positions:
            continue
        hours = p["visits"][i] * D[kind][1] * (TEAM_MEAN if kind == "pelaksanaan-anggota" else 1)
        total = sum(headcount[x] for x in positions)
        for x in positions:
            per_position[x] = per_position.get(x, 0) + hours * headcount[x] / total
    return per_position


def cases_per_year(p, headcount):
    executors = sum(headcount.get(x, 0) for x in p["executors"])
    return max(20, CASES_PER_EXECUTOR * executors // 10 * 10)


def utilization(p, headcount, n, hours):
    return {x: n * load / (headcount[x] * hours) for x, load in loads(p, headcount).items()}


def text(p, scenario_id, title, n, headcount_overrides, mechanism, description, default):
    org = p["org"]
    region = org.get("region")
    lines = [f"kind: scenario", f"id: {scenario_id}", f"title: {title}"]
    if region:
        lines.append(f"region: {region}")
    lines.append(f"organization: {org['id']}")
    if default:
        lines.append("default: true")
    lines.append("description: >")
    for paragraph in description:
        words, line = paragraph.split(), "  "
        for word in words:
            if len(line) + len(word) > 108:
                lines.append(line.rstrip())
                line = "  "
            line += word + " "
        lines.append(line.rstrip())
    shares = ", ".join(f"{k}: {v}" for k, v in p["shares"].items() if v)
    lines += ["workload:", f"  arrivals: {{per-year: {n}}}", f"  shares: {{{shares}}}",
              "  team-size: {empirical: {values: [2, 3, 4], weights: [0.3, 0.4, 0.3]}}"]
    if headcount_overrides:
        lines.append("headcount:")
        lines += [f"  {k}: {v}" for k, v in headcount_overrides.items()]
    if p["lane_entries"]:
        lines.append("lanes:")
        for lane, entry in p["lane_entries"].items():
            value = entry if isinstance(entry, str) else "[" + ", ".join(entry) + "]"
            lines.append(f"  {lane}: {value}")
    lines.append("durations:")
    for step, kind in p["kinds"].items():
        lines.append(f"  {step}: {D[kind][0]}  # {kind}")
    if p["probabilities"]:
        lines.append("branches:")
        for step, probabilities in p["probabilities"].items():
            lines.append(f"  {step}: {{" + ", ".join(f"{k}: {v:g}" for k, v in probabilities.items()) + "}")
    if mechanism and p["after"]:
        leader = p["lanes"].get(p["leader_lane"], {}).get("_positions") or []
        first_lane = mechanism["lanes"][0]["id"]
        lines += ["penunjukan:", f"  mechanism: {mechanism['id']}", f"  after: {p['after']}", f"  refusal: {REFUSAL}",
                  "  attempts: 3", "  letter-delay: {triangular: {min: 1d, mode: 2d, max: 5d}}",
                  "  durations: {default: {triangular: {min: 30m, mode: 1h, max: 2h}}}"]
        if leader:
            lines.append(f"  lanes: {{{first_lane}: [{', '.join(leader)}]}}")
    lines.append(f"queue: {QUEUE}")
    lines += ["calendar:", f"  start: {START.isoformat()}", "  holidays: [" + ", ".join(HOLIDAYS) + "]",
              "horizon: 1y", "replications: 30", f"seed: {SEED}"]
    return "\n".join(lines) + "\n"


def describe(org, n, hours, util, mechanism, extra=None):
    busiest = max(util.items(), key=lambda item: item[1]) if util else None
    parts = [
        f"Skenario bawaan untuk {org['title']}: asumsi seragam untuk semua tipe organisasi, dijelaskan di "
        f"docs/simulation.md; angka bukan dari teks peraturan.",
        f"Beban kerja {n} kegiatan setahun, datang pada saat acak sepanjang jam kerja setelah perencanaan "
        f"tahunan (siklus) selesai: {CASES_PER_EXECUTOR} kegiatan per pejabat fungsional/pelaksana setahun, sebagai "
        f"individu atau anggota tim. Utilisasi pimpinan tidak dipilih, melainkan akibat struktur"
        + (f" (perkiraan tertinggi: {busiest[0]}, {round(busiest[1] * 100)}% dari {round(hours)} jam kerja setahun)" if busiest else "")
        + ". Antrean: yang sedang dievaluasi didahulukan, lalu pelaksanaan, lalu yang lain.",
        "Bentuk penugasan: " + (
            "60% individu, 30% tim kerja dalam unit, 10% tim kerja lintas unit melalui penunjukan lintas unit "
            "(surat 1-5 hari kalender, 20% permohonan ditolak, paling banyak 3 permohonan; bila disetujui satu "
            "anggota tim berasal dari unit lain)." if mechanism else "65% individu, 35% tim kerja.") +
        " Tim beranggota 2, 3 atau 4 orang (30/40/30%).",
        "Durasi (jam kerja): perencanaan tahunan 4-8-16 jam; arahan dan strategi pimpinan 0,5-1-3 jam; "
        "penyusunan rencana dan rincian oleh JF/pelaksana 2-4-8 jam; pelaksanaan individu lognormal rata-rata "
        "24 jam (sd 10, maks 80); pekerjaan tiap anggota tim lognormal 16 jam (sd 6, maks 48); laporan ketua tim "
        "2-3-6 jam; monitoring 0,5-1-2 jam; peninjauan tiap jenjang 0,5-1-3 jam (segitiga min-modus-maks).",
        f"Hasil yang tidak sesuai target kembali untuk perbaikan dengan peluang {round(PERBAIKAN * 100)}%. Kalender: jam kerja "
        "pemerintah (Senin-Kamis 07.30-16.00, Jumat 07.30-16.30), libur nasional tetap dan perkiraan libur 2026. "
        "Satu tahun, 30 replikasi, benih 20260101.",
    ]
    if extra:
        parts.append(extra)
    return parts


PAIRS = [
    # before, after, after id, {converted position in before: position in after that receives its people}
    ("kaltim.pd-tipe-2", "kaltim.pd-tipe-1", "kaltim.pd-tipe-1.dari-tipe-2", {"kasubbag": "jf-ahli-muda"}),
    ("kaltim.uptd-tipe-a", "kaltim.uptd-tipe-b", "kaltim.uptd-tipe-b.dari-tipe-a", {"kasubbag-seksi": "jf-ahli-muda"}),
]


def main(library, out):
    docs = load(library)
    orgs = {d["id"]: d for d in docs if d["kind"] == "organization-type" and d.get("flow")}
    mechanisms = {}
    for d in docs:
        m = d.get("mechanism") or {}
        if d["kind"] == "peta-lintas-fungsi" and m.get("kind") == "penunjukan" and m.get("scope") == "lintas-unit":
            mechanisms.setdefault(d.get("region"), d)
    hours = working_hours_per_year()
    out = pathlib.Path(out)
    written, workload = [], {}
    for org_id, org in sorted(orgs.items()):
        mechanism = mechanisms.get(org.get("region"))
        p = plan(org, mechanism)
        headcount = {x["id"]: x.get("headcount", 1) for x in org["positions"]}
        n = cases_per_year(p, headcount)
        workload[org_id] = (n, headcount)
        util = utilization(p, headcount, n, hours)
        region, name = (org_id.split(".", 1) + [""])[:2] if "." in org_id else ("umum", org_id)
        path = out / region / f"{name}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text(p, f"{org_id}.bawaan", f"Skenario Bawaan {org['title']}", n, {}, mechanism,
                             describe(org, n, hours, util, mechanism), True), encoding="utf-8")
        written.append((org_id, n, max(util.values(), default=0)))
    for before, after, scenario_id, converted in PAIRS:
        if before not in orgs or after not in orgs:
            print(f"skipped pair {before} -> {after}: not both in the library", file=sys.stderr)
            continue
        n, before_headcount = workload[before]
        org = orgs[after]
        after_ids = {x["id"] for x in org["positions"]}
        headcount = {x["id"]: x.get("headcount", 1) for x in org["positions"]}
        overrides = {}
        for position, count in before_headcount.items():
            if position in after_ids:
                overrides[position] = overrides.get(position, 0) + count
            elif position in converted:
                overrides[converted[position]] = overrides.get(converted[position], 0) + count
        overrides = {k: v for k, v in overrides.items() if v != headcount.get(k)}
        headcount.update(overrides)
        mechanism = mechanisms.get(org.get("region"))
        p = plan(org, mechanism)
        util = utilization(p, headcount, n, hours)
        region, name = org["id"].split(".", 1)
        extra = (f"Pasangan sebelum/sesudah: beban kerja, durasi, peluang dan benih sama dengan {before}.bawaan; "
                 f"orang yang sama, jabatan " + ", ".join(f"{k} disetarakan menjadi {v}" for k, v in converted.items()) +
                 f". Bandingkan dengan: probis compare {before}.bawaan {scenario_id}.")
        path = out / region / f"{scenario_id.split('.', 1)[1]}.yaml"
        path.write_text(text(p, scenario_id, f"{org['title']} setelah Penyederhanaan dari {orgs[before]['title']}", n,
                             overrides, mechanism, describe(org, n, hours, util, mechanism, extra), False), encoding="utf-8")
        written.append((scenario_id, n, max(util.values(), default=0)))
    for name, n, worst in written:
        print(f"{name}: {n} kegiatan/tahun, utilisasi tertinggi ≈ {worst:.2f}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
