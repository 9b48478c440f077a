#!/usr/bin/env python3
"""Checks BPMN 2.0 files that probis exported, with tools independent of probis:

1. the OMG BPMN 2.0 XSD (BPMN20.xsd with Semantic, BPMNDI, DC and DI, as shipped by SpiffWorkflow), with lxml;
2. bpmnlint's `recommended` rules, through the PyPI port `bpmn-io` (`bpmn-io lint --config recommended`);
3. execution in SpiffWorkflow: for every outgoing flow of every exclusive gateway, one run that takes that
   flow on the gateway's first visit and otherwise the branch nearest to an end event; every run must
   complete, and together the runs must reach every flow node. A collaboration (one process per
   participant, message flows from message end events to message start events) runs instance by instance:
   each message sent creates an instance of the receiving process at its message start event
   (see run_collaboration).

Usage: check_bpmn.py FILE.bpmn…   (run by scripts/interchange-checks.sh inside its venv)
Prints one line per problem and a closing 'N passed, N failed' line; exit 1 on any failure."""
import collections, copy, pathlib, subprocess, sys
from lxml import etree
import SpiffWorkflow
from SpiffWorkflow.bpmn.parser.BpmnParser import BpmnParser, BpmnValidator
from SpiffWorkflow.bpmn.workflow import BpmnWorkflow
from SpiffWorkflow.bpmn.script_engine import PythonScriptEngine
from SpiffWorkflow.util.task import TaskState

BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
q = lambda tag: f"{{{BPMN}}}{tag}"
schema_dir = pathlib.Path(SpiffWorkflow.__file__).parent / "bpmn" / "parser" / "schema"
schema = etree.XMLSchema(etree.parse(str(schema_dir / "BPMN20.xsd")))
lint_tool = pathlib.Path(sys.executable).parent / "bpmn-io"


def schema_problems(tree):
    return [] if schema.validate(tree) else [f"{e.line}:{e.column}: {e.message}" for e in schema.error_log]


def lint_problems(path):
    run = subprocess.run([str(lint_tool), "lint", "--config", "recommended", "--max-warnings", "0", str(path)],
                         capture_output=True, text=True)
    if run.returncode == 0:
        return []
    lines = [line.strip() for line in (run.stdout + run.stderr).splitlines() if line.strip()]
    return lines or [f"bpmn-io lint exited {run.returncode}"]


class Chooser(PythonScriptEngine):
    """Decides exclusive gateways: each condition is the flow's own id, true for the flow chosen."""

    def __init__(self, plan, nearest, toward):
        super().__init__()
        self.plan, self.nearest, self.toward = plan, nearest, toward
        self.visits, self.choice = collections.Counter(), {}

    def evaluate(self, task, expression, external_context=None):
        gateway = task.task_spec.bpmn_id
        if task.id not in self.choice:
            self.visits[gateway] += 1
            planned = self.plan.get(gateway)
            target = next(iter(self.plan), None)
            if planned and self.visits[gateway] == 1:
                self.choice[task.id] = planned
            elif target and self.visits[target] == 0 and gateway in self.toward:
                self.choice[task.id] = self.toward[gateway]
            else:
                # A decision from which no end is reachable takes its first branch (the run then fails or
                # misses nodes, which is reported).
                self.choice[task.id] = self.nearest.get(gateway, expression.strip())
        return self.choice[task.id] == expression.strip()


def is_message_start(event):
    return event.tag == q("startEvent") and event.find(q("messageEventDefinition")) is not None


def executable_copy(tree, start):
    """The process started at one start event (its other start events, signal or message starts, removed with
    their flows; the start's own trigger removed), with a condition on every branch of a decision and without
    data associations (the data objects carry no values in a simulation run)."""
    tree = copy.deepcopy(tree)
    process = next(p for p in tree.getroot().iter(q("process")) if any(e.get("id") == start for e in p))
    for event in list(process.iter(q("startEvent"))):
        if event.get("id") == start:
            for definition in list(event):
                if definition.tag.endswith("EventDefinition"):
                    event.remove(definition)
            continue
        dropped = {o.text for o in event.findall(q("outgoing"))}
        process.remove(event)
        for flow in list(process.iter(q("sequenceFlow"))):
            if flow.get("id") in dropped:
                process.remove(flow)
        for reference in list(process.iter(q("incoming"))):
            if reference.text in dropped:
                reference.getparent().remove(reference)
        for reference in list(process.iter(q("flowNodeRef"))):
            if reference.text == event.get("id"):
                reference.getparent().remove(reference)
    for tag in ("dataInputAssociation", "dataOutputAssociation", "property"):
        for element in process.iter(q(tag)):
            element.getparent().remove(element)
    flows = {f.get("id"): f for f in process.iter(q("sequenceFlow"))}
    for gateway in process.iter(q("exclusiveGateway")):
        outgoing = [o.text for o in gateway.findall(q("outgoing"))]
        if len(outgoing) < 2:
            continue
        for flow_id in outgoing:
            condition = etree.SubElement(flows[flow_id], q("conditionExpression"))
            condition.set(f"{{{XSI}}}type", "bpmn:tFormalExpression")
            condition.text = flow_id
    return tree, process


def graph(root):
    """Flows (sequence flows and message flows) by id, the end events that send no message, and the flow
    nodes of every process."""
    flows = {f.get("id"): (f.get("sourceRef"), f.get("targetRef")) for f in root.iter(q("sequenceFlow"), q("messageFlow"))}
    ends = {e.get("id") for e in root.iter(q("endEvent")) if e.find(q("messageEventDefinition")) is None}
    nodes = {e.get("id") for p in root.iter(q("process")) for e in p
             if e.find(q("outgoing")) is not None or e.find(q("incoming")) is not None}
    return flows, ends, nodes


def nearest_branches(process, flows, ends):
    """For each decision, the outgoing flow whose target is fewest flows away from one of `ends` (decisions
    from which none is reachable are left out)."""
    distance = {end: 0 for end in ends}
    frontier = collections.deque(ends)
    incoming = collections.defaultdict(list)
    for source, target in flows.values():
        incoming[target].append(source)
    while frontier:
        node = frontier.popleft()
        for source in incoming[node]:
            if source not in distance:
                distance[source] = distance[node] + 1
                frontier.append(source)
    nearest = {}
    for gateway in process.iter(q("exclusiveGateway")):
        outgoing = [o.text for o in gateway.findall(q("outgoing"))]
        if len(outgoing) >= 2:
            best = min(outgoing, key=lambda f: (distance.get(flows[f][1], 10**9), outgoing.index(f)))
            if flows[best][1] in distance:
                nearest[gateway.get("id")] = best
    return nearest


def run_collaboration(tree, start, chooser, limit=500):
    """One run of a file's processes from one start event. A single process runs as it is. In a collaboration
    each message end event a run completes creates an instance of the receiving participant's process at the
    message flow's target (a message start event), as BPMN instantiates a process on a message, and that
    instance runs in turn with the same decisions; the run completes when every instance has. (SpiffWorkflow
    3.2's own collaboration runner restarts a finished participant at its blank start when a message reaches
    its message start event, so the instances are created here, each run by SpiffWorkflow.)"""
    targets = {f.get("sourceRef"): f.get("targetRef") for f in tree.getroot().iter(q("messageFlow"))}
    queue, reached, completed, instances = [start], set(), True, 0
    while queue and instances < limit:
        instances += 1
        runnable, process = executable_copy(tree, queue.pop(0))
        done, seen, thrown = run_once(runnable, process.get("id"), chooser)
        completed, reached = completed and done, reached | seen
        queue += [targets[node] for node in thrown if node in targets]
    return completed and not queue, reached


def run_once(tree, process_id, chooser, limit=10_000):
    """Runs one process; returns whether it completed, the flow nodes reached, and the end events completed
    (once per time)."""
    parser = BpmnParser()
    parser.add_bpmn_xml(tree.getroot(), filename="export.bpmn")
    workflow = BpmnWorkflow(parser.get_spec(process_id), script_engine=chooser)
    reached = set()
    for _ in range(limit):
        workflow.do_engine_steps()
        ready = workflow.get_tasks(state=TaskState.READY)
        if not ready:
            break
        for task in ready:
            task.run()
    completed = [task.task_spec.bpmn_id for task in workflow.get_tasks(state=TaskState.COMPLETED)]
    return workflow.is_completed(), set(completed), completed


def execution_problems(tree):
    """Runs from each start event: one run per decision branch (see the module's notes)."""
    problems, reached, count = [], set(), 0
    _, _, every_node = graph(tree.getroot())
    for start in [e.get("id") for e in tree.getroot().iter(q("startEvent")) if not is_message_start(e)]:
        root = tree.getroot()
        flows, ends, nodes = graph(root)
        nearest = nearest_branches(root, flows, ends)
        plans = [{}] + [{gateway: flow} for gateway in sorted(nearest)
                        for flow in [o.text for o in root.find(f".//{q('exclusiveGateway')}[@id='{gateway}']").findall(q("outgoing"))]]
        for plan in plans:
            toward = {g: f for g, f in nearest_branches(root, flows, set(plan)).items() if g not in plan}
            completed, seen = run_collaboration(tree, start, Chooser(plan, nearest, toward))
            reached |= seen
            count += 1
            if not completed:
                problems.append(f"SpiffWorkflow: the run from {start} taking {plan or 'the nearest branches'} did not complete")
    missing = sorted(every_node - reached)
    if missing:
        problems.append(f"SpiffWorkflow: no run reached {', '.join(missing)}")
    return problems, count


def main(paths):
    passed = failed = runs = 0
    for path in paths:
        tree = etree.parse(str(path))
        problems = [f"schema: {p}" for p in schema_problems(tree)]
        problems += [f"bpmnlint: {p}" for p in lint_problems(path)]
        if not problems:
            found, count = execution_problems(tree)
            problems += found
            runs += count
        for problem in problems:
            print(f"{path}: {problem}")
        passed, failed = (passed, failed + 1) if problems else (passed + 1, failed)
    print(f"BPMN: {len(paths)} files against BPMN20.xsd, bpmnlint recommended and {runs} SpiffWorkflow runs")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main([pathlib.Path(p) for p in sys.argv[1:]]))
