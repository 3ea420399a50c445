## The treatment companion: my session days, the Today card on the journey map, and the
## calendar file. Facts from shared/content/evidence-brief.md, sections 3, 4, 5, 7 and 8.

## Dates. A translator sets the order of day, month and year, and the first day of the week
## (`monday` or `sunday`).
date-week-starts = sunday
date-long = { $weekday }, { $month } { $day }, { $year }
date-short = { $weekday }, { $month } { $day }
date-month-year = { $month } { $year }
date-today = today
date-in-days = { $days ->
    [one] in { $days } day
   *[other] in { $days } days
}
date-days-ago = { $days ->
    [one] { $days } day ago
   *[other] { $days } days ago
}
date-month-1 = January
date-month-2 = February
date-month-3 = March
date-month-4 = April
date-month-5 = May
date-month-6 = June
date-month-7 = July
date-month-8 = August
date-month-9 = September
date-month-10 = October
date-month-11 = November
date-month-12 = December
date-weekday-1 = Monday
date-weekday-2 = Tuesday
date-weekday-3 = Wednesday
date-weekday-4 = Thursday
date-weekday-5 = Friday
date-weekday-6 = Saturday
date-weekday-7 = Sunday
date-weekday-short-1 = Mo
date-weekday-short-2 = Tu
date-weekday-short-3 = We
date-weekday-short-4 = Th
date-weekday-short-5 = Fr
date-weekday-short-6 = Sa
date-weekday-short-7 = Su

## My treatment days.
companion-heading = My treatment days
companion-about = Add the day of each laser session, booked or done. Scarwise then shows what to expect each day after it.
companion-pick-heading = Pick the day of a session
companion-pick-first = Tap a day in the calendar.
companion-month-before = Month before
companion-month-after = Month after
companion-day-booked = a session day
companion-add = Add { $date }
companion-added = Added: { $date }
companion-list-heading = My sessions
companion-list-empty = No session days yet.
companion-session = Session { $session }
companion-remove = Remove
companion-remove-named = Remove { $date }
companion-refused-same-day = { $date } is already in your list.
companion-refused-year = Scarwise can follow a course of up to one year. { $date } would make it longer. Ask your clinic about your plan.
companion-refused-far = Please pick a day within one year of today.
companion-refused-many = Your list is full. Remove a day you no longer need first.
companion-private = Your session days stay on this device. They are never sent anywhere. “Reset my progress” in Settings removes them.
companion-typical-advice = This is typical advice. Your clinic’s advice comes first.

## The calendar file.
companion-ics-heading = Reminders in your calendar
companion-ics-about = Save a calendar file with your sessions and short skin checks on days 1, 3 and 7 after each. Open it to add them to your phone’s calendar. Nothing is sent anywhere.
companion-ics-button = Add to my calendar
companion-ics-nothing-ahead = None of your session days are still ahead, so there is nothing to add.
companion-ics-saved = Your calendar file was saved as { $path }. Open it to add the days to your calendar.
companion-ics-failed = Your calendar file could not be saved: { $reason }
companion-ics-name = Scarwise: my treatment days
companion-ics-session = Laser session { $session }
companion-ics-session-reminder = Tomorrow: laser session { $session }
companion-ics-session-about = Before your session, tell your doctor about new medicines, cold sores, a pregnancy, or a recent tan. Stay out of strong sun for about 2 weeks before. This reminder was made by Scarwise on your device.
companion-ics-check-in = Skin check: day { $day } after session { $session }

## The Today card on the journey map.
today-heading = Today, { $date }
today-invite-title = Booked a laser session?
today-invite-body = Add its day. Scarwise will show you what to expect on each day after it.
today-invite-open = My treatment days
today-my-days = My treatment days
today-before = { $days ->
    [one] Session { $session } is tomorrow, { $date }
   *[other] Session { $session } is in { $days } days, { $date }
}
today-before-tell = Before the session, tell your doctor about any new medicines, such as acne pills. Tell them about cold sores, a pregnancy, or breastfeeding.
today-before-avoid = Stay out of strong sun and do not tan for about 2 weeks before. Ask your clinic what else to stop before the session.
today-before-prepare = Prepare what to tell my doctor
today-after = { $day ->
    [0] Session { $session } is today
   *[other] Day { $day } after session { $session }
}
today-normal = What is normal today
today-steps = Your care today
today-step-sunscreen = Put on broad-spectrum sunscreen, SPF 30 or higher. Stay out of direct sun.
today-step-hands-off = Do not pick or rub the treated skin.
today-step-no-actives = Use a gentle cleanser and a plain moisturiser. Skip scrubs, acids, retinoids and lightening creams until your skin has settled. Your clinic will tell you how many days.
today-step-no-actives-until = Use a gentle cleanser and a plain moisturiser. Your clinic says to skip scrubs, acids, retinoids and lightening creams until day { $day }.
today-step-actives-back = Your clinic says scrubs, acids and retinoids may come back from day { $day }.
today-step-make-up = You can often wear make-up soon after this kind of laser. Ask your clinic when.
today-step-no-heat = While your skin is red, skip the sauna, hot yoga and swimming pools.
today-next = { $days ->
    [one] Your next session is tomorrow, { $date }.
   *[other] Your next session is in { $days } days, { $date }.
}
today-next-numbered = { $days ->
    [one] Session { $session } is tomorrow, { $date }.
   *[other] Session { $session } is in { $days } days, { $date }.
}
today-between = { $days ->
    [one] { $days } day since session { $session }
   *[other] { $days } days since session { $session }
}
today-rebuilding = Your skin keeps changing for weeks. Under the surface, it rebuilds itself, and this can take weeks to months. Results often build up over the whole series of sessions.
today-keep-caring = Keep using sunscreen every day. Call your clinic if dark patches show up.
today-after-last = { $days ->
    [one] { $days } day since your last session
   *[other] { $days } days since your last session
}
today-after-last-body = Your skin can keep rebuilding for weeks to months after your last session. Results build up slowly, and they are a change for the better, not perfect skin. Ask your clinic when to come back for a check.
today-read-before = Read: before the laser
today-read-day-by-day = Read: day by day
today-read-skin-rebuilds = Read: how skin rebuilds
