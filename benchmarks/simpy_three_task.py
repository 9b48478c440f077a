"""The 3-task, 2-pool model in SimPy: Poisson arrivals (mean 600 s); A on Clerk (2) exp 480 s, B on Expert (1)
exp 420 s, C on Clerk exp 300 s; 24/7. Prints the run time (s) and the mean cycle time (s) of N cases as JSON."""
import json, random, sys, time

import simpy


def run(cases, seed):
    random.seed(seed)
    env = simpy.Environment()
    clerk, expert = simpy.Resource(env, capacity=2), simpy.Resource(env, capacity=1)
    spans = []

    def case(env):
        arrival = env.now
        for pool, mean in ((clerk, 480.0), (expert, 420.0), (clerk, 300.0)):
            with pool.request() as request:
                yield request
                yield env.timeout(random.expovariate(1.0 / mean))
        spans.append(env.now - arrival)

    def source(env):
        for _ in range(cases):
            env.process(case(env))
            yield env.timeout(random.expovariate(1.0 / 600.0))

    env.process(source(env))
    started = time.perf_counter()
    env.run()
    elapsed = time.perf_counter() - started
    return elapsed, sum(spans) / len(spans)


if __name__ == "__main__":
    cases = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    elapsed, mean = run(cases, seed)
    print(json.dumps({"seconds": elapsed, "mean_cycle_seconds": mean, "cases": cases}))
