print("packet-bench: benchmarks are not written yet")
