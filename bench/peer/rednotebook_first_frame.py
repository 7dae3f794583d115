# Starts RedNoteBook exactly as its launcher does (the installed /usr/bin/rednotebook, run as
# __main__ by the system Python), and prints "first-frame-ms <ms>" on stdout once its main
# window's first frame is on screen: measured from the kernel's start time of this process, as
# Tideline's --exit-after-first-frame measures its own (app/StartupTimer.cpp), so bench_peer
# compares like with like. Nothing of RedNoteBook is changed: the hook wraps Gtk.Window.present to
# find the main window (the first one presented), and imports GTK a moment before RedNoteBook does.
#
# The frame: the first time GTK's frame clock of the main window finishes a paint ("after-paint")
# with the window mapped by the X server. GTK invalidates a window as it is shown, so that paint
# draws all of it. RedNoteBook presents the window and then reads every month file before it
# returns to GTK's main loop, so this first paint shows the loaded journal.
import os
import runpy
import sys
import time

import gi

gi.require_version("Gdk", "3.0")
gi.require_version("Gtk", "3.0")
from gi.repository import Gdk, Gtk  # noqa: E402


def milliseconds_since_process_start():
    with open("/proc/self/stat", "rb") as stat:
        line = stat.read()
    # The command name (field 2) is in parentheses and may hold spaces: count from after it.
    fields = line[line.rindex(b")") + 2:].split()
    start_ms = int(fields[22 - 3]) * 1000.0 / os.sysconf("SC_CLK_TCK")
    return time.clock_gettime(time.CLOCK_BOOTTIME) * 1000.0 - start_ms


_present = Gtk.Window.present
_watched = []


def _watch_first_frame(window):
    clock = window.get_frame_clock()
    gdk_window = window.get_window()

    def after_paint(frame_clock):
        if gdk_window.get_state() & Gdk.WindowState.WITHDRAWN:
            return  # not mapped yet: nothing of it is on screen
        frame_clock.disconnect(handler)
        # Straight to the file descriptor: RedNoteBook replaces sys.stdout with its log tee.
        os.write(1, b"first-frame-ms %.0f\n" % milliseconds_since_process_start())

    handler = clock.connect("after-paint", after_paint)


def _present_and_watch(window, *args):
    _present(window, *args)
    if not _watched:  # the main window is the first one presented
        _watched.append(window)
        _watch_first_frame(window)


Gtk.Window.present = _present_and_watch

launcher = os.path.realpath(sys.argv[1] if len(sys.argv) > 1 else "/usr/bin/rednotebook")
sys.argv = [launcher]
sys.path.insert(0, os.path.dirname(launcher))
runpy.run_path(launcher, run_name="__main__")
