"""Policy YAML: reading it with every node's position, the schema's structure, validation, and the
helpers every later stage uses to find things in a policy (processes, places, durations, CURIEs,
labels)."""
