"""Sound in and out. The only package that imports sounddevice; its callbacks only
copy frames into a queue."""
