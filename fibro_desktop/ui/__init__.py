"""Qt widgets, and the QObjects that own clocks and devices. One package or
module per tab; widgets render state and emit intent, never query the ORM."""
