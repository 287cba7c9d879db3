"""Pure statistics behind the Charts tab and the provider report.

Everything here takes plain values (dates, ints, tuples) and returns plain
dataclasses; no Qt, no database, no clock. Each number is simple enough to
work out by hand, and the tests do exactly that. Wording rules: these are
associations in the person's own record, never causes; every result carries
its counts; below the minimum sample size a result says "not enough data".
"""
