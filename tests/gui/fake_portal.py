#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# A tiny stand-in for xdg-desktop-portal on a private session bus: answers
# org.freedesktop.portal.Settings.Read for org.freedesktop.appearance color-scheme (and contrast,
# when given) as the real portal does, and prints "ready" once it owns its name. Its own method
# org.handreiking.FakePortal.Set changes a value as a desktop's settings would, and the fake then
# sends SettingChanged as the portal does.
#   fake_portal.py COLOR_SCHEME [CONTRAST]     (CONTRAST left out: the key is not offered)
import sys

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

NAME = "org.freedesktop.portal.Desktop"
IFACE = "org.freedesktop.portal.Settings"


class Settings(dbus.service.Object):
    def __init__(self, bus, values):
        super().__init__(bus, "/org/freedesktop/portal/desktop")
        self.values = values

    # The real portal's Read answers a variant inside a variant (the D-Bus signature 'v' of a value
    # that is itself sent as a variant); the app must unwrap both.
    @dbus.service.method(IFACE, in_signature="ss", out_signature="v")
    def Read(self, namespace, key):
        if namespace != "org.freedesktop.appearance" or key not in self.values:
            raise dbus.exceptions.DBusException("Requested setting not found",
                                                name="org.freedesktop.portal.Error.NotFound")
        return dbus.types.UInt32(self.values[key], variant_level=2)

    @dbus.service.signal(IFACE, signature="ssv")
    def SettingChanged(self, namespace, key, value):
        pass

    @dbus.service.method("org.handreiking.FakePortal", in_signature="su", out_signature="")
    def Set(self, key, value):
        self.values[key] = int(value)
        self.SettingChanged("org.freedesktop.appearance", key, dbus.types.UInt32(value, variant_level=1))


def main():
    values = {"color-scheme": int(sys.argv[1])}
    if len(sys.argv) > 2:
        values["contrast"] = int(sys.argv[2])
    DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    name = dbus.service.BusName(NAME, bus)
    Settings(bus, values)
    print("ready", flush=True)
    GLib.MainLoop().run()
    del name


if __name__ == "__main__":
    main()
