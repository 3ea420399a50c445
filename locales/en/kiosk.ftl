## The waiting-room kiosk: attract screen, idle warning and the clinic's admin screen.

kiosk-attract-heading = Learn about acne scars and laser treatment while you wait
kiosk-touch-to-start = Touch to start
kiosk-still-there = Are you still there?
kiosk-ending-in = { $seconds ->
    [one] This visit ends in 1 second, and everything you did here is erased.
   *[other] This visit ends in { $seconds } seconds, and everything you did here is erased.
}
kiosk-still-here = I'm still here
kiosk-end-visit = End my visit and erase it
kiosk-admin-heading = Clinic admin
kiosk-pin-prompt = Enter the admin PIN.
kiosk-pin-wrong = That PIN is not right.
kiosk-pin-wait = Wrong PIN. Try again in { $seconds } s.
kiosk-admin-cancel = Cancel
kiosk-admin-status = Visits ended so far: { $visits }. A visit ends after { $timeout } s without a touch, with a { $warning } s warning.
kiosk-admin-config = Clinic settings file
kiosk-admin-config-ok = No problems found.
kiosk-admin-back = Back to the kiosk
kiosk-admin-disabled = The staff exit is turned off: this kiosk has no admin PIN. To set one, run `scarwise --hash-pin` on a computer, put what it prints in clinic.ron as admin_pin_hash, and restart the kiosk.
kiosk-admin-quit = Quit Scarwise
