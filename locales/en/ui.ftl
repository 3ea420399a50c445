## Screens, buttons and labels shared across the app.

loading = Getting things ready…

nav-map = ← Learning path
nav-settings = Settings
nav-about = About
nav-back = ← Back

title-tagline = Understand your acne scars before you talk to your doctor
title-intro = Learn the kinds of acne scars, how a picosecond (pico) laser works, what the days after a session look like, and how to care for your skin. Short lessons, pictures and quizzes. Take your time: there is no timer.
title-start = Start learning
title-disclaimer = Scarwise explains. It does not diagnose or replace advice from your doctor.

journey-heading = Your learning path
journey-total-points = { $points ->
    [one] You have 1 point so far.
   *[other] You have { $points } points so far.
}
journey-module-number = Module { $number }
journey-status-locked = Locked
journey-status-open = Ready
journey-status-done = Done
journey-unlock-hint = Opens when you finish “{ $module }”.
journey-coming-soon = The lessons for this module are still being written.
journey-continue = Pick up where you left off: “{ $module }”, page { $page }.
journey-continue-open = Continue reading
journey-begin = Begin
journey-revisit = Read again or retake the quiz
journey-best-result = Best result: { $correct } of { $total } right.

lesson-page-of = Page { $page } of { $pages }
lesson-previous = ← Previous
lesson-next = Next →
lesson-start-quiz = Start the quiz
sources-label = Sources:

quiz-question-of = Question { $number } of { $total }
quiz-true = True
quiz-false = False
quiz-right = That’s right!
quiz-wrong = Not quite.
quiz-select-all = Select every answer that is right, then check.
quiz-check = Check my answer
quiz-hotspot-or-buttons = Tap the scar in the drawing, or choose its letter:
quiz-hotspot-letter = Scar { $letter }
quiz-order-hint = Use the arrows to move each step up or down, then check.
quiz-order-up = Move up
quiz-order-down = Move down
quiz-right-order = The right order:
quiz-next = Next question →
quiz-see-results = See my results →

results-heading = You finished “{ $module }”!
results-score = { $total ->
    [one] You got { $correct } of 1 question right.
   *[other] You got { $correct } of { $total } questions right.
}
points-earned = { $points ->
    [one] 1 point
   *[other] { $points } points
}
results-unlocked = New module open: “{ $module }”.
results-encouragement = Every answer helps you learn, right or wrong. You can take the quiz again any time.
results-continue = Go to the next module →
results-retry = Take the quiz again

settings-heading = Settings
settings-language = Language
settings-text-size = Text size
settings-text-size-sample = This is how big the text will be.
settings-sound = Sounds after each answer
settings-reduced-motion = Reduce motion
settings-reduced-motion-hint = Turns off moving pictures and celebrations.
settings-high-contrast = High contrast (black on white, strong edges)
settings-reading-speed = Read-aloud speed
settings-reading-slower = Slower
settings-reading-normal = Normal

about-heading = About Scarwise
about-what = Scarwise is a free learning app for people with acne scars. It explains the kinds of scars, how picosecond laser treatment works, what to expect after a session, and how to care for your skin, so you can have a better talk with your doctor.
about-disclaimer-heading = This is not medical advice
about-disclaimer = Scarwise gives general information. It cannot tell what your skin needs. Results differ from person to person, and no treatment gives perfect skin. Ask your doctor about your own skin and treatment.
about-privacy = Your answers stay on this device. Scarwise sends nothing anywhere.
about-references = References
about-references-intro = The facts about acne, scars, colour marks and laser treatment in the lessons and quizzes come from these sources. The tags match the “Sources” lines under each page. A few basic facts are general knowledge, so no source is listed for them: the names of the skin's layers, and which colour each kind of laser light is.

content-error-heading = Some lesson files could not be loaded
content-error-explain = Scarwise found problems in its lesson files and stopped before showing anything wrong. Here is what it found:
content-error-fix = If you look after this app, fix the files listed above and start it again. If you are a patient, please tell the clinic.

notice-save-set-aside = Your saved progress could not be read, so Scarwise started fresh. The old file was kept.
notice-memory-only = Progress can’t be saved on this device, so it will be kept only until you close Scarwise.
notice-open-elsewhere = Scarwise is already open in another window. You can look around here, but nothing you do here will be saved. Please go on in the other window.
notice-save-from-newer = Your progress was saved by a newer Scarwise. It is safe and was not changed. Please update Scarwise. Until then, what you do here will be kept only until you close Scarwise.
notice-save-unreadable = Scarwise could not open your saved progress just now. It is safe and was not changed. What you do now will be kept only until you close Scarwise. Try opening Scarwise again later.
notice-save-failed = Scarwise could not save your progress just now.
notice-unknown-locale = There is no “{ $name }” translation yet, so another language is shown.
notice-language-failed = { $language } could not be loaded, so the language did not change. Check the internet connection and try again. ({ $reason })
notice-dismiss = OK
notice-changed-elsewhere = Your progress was changed in another tab or window. To go on with it here, reload this page. Until then, nothing you do in this tab is saved.
notice-reload = Reload

layer-epidermis = Top layer (epidermis)
layer-dermis = Middle layer (dermis)
layer-fat = Fat layer
layer-scar-tissue = Scar tissue
layer-tether = Bands pulling the skin down
layer-pigment = Extra pigment (brown mark)
layer-vessels = Wider blood vessels (red mark)
label-original-spot = where the spot was
label-red-mark = Red mark
label-brown-mark = Brown mark
label-one-mm = 1 mm
scar-name-icepick = Icepick
scar-name-boxcar = Boxcar
scar-name-rolling = Rolling
scar-name-hypertrophic = Hypertrophic
scar-name-keloid = Keloid
scar-name-colour-mark = Colour marks (not scars)

badges-heading = Your badges
badges-count = { $earned ->
    [one] 1 of { $total } badges earned
   *[other] { $earned } of { $total } badges earned
}
badge-earned-mark = Earned
badge-not-yet = Not yet
badge-dented-three = Knows the three main dented scar types
badge-dented-three-about = You can tell icepick, boxcar and rolling scars apart.
badge-scar-spotter = Scar spotter
badge-scar-spotter-about = You found an icepick and a rolling scar in a drawing.
badge-scar-types-expert = Scar types expert
badge-scar-types-expert-about = You reached 90 % mastery of the scar types module.
badge-pulse-pro = Pulse pro
badge-pulse-pro-about = You know how a pico laser's very short pulses work on the skin.
badge-downtime-ready = Ready for downtime
badge-downtime-ready-about = You know what is normal after a session, and when to call the clinic.
badge-sun-safe = Sun-safe
badge-sun-safe-about = You know how to protect healing skin from the sun.
badge-ready = Ready for my consultation
badge-ready-about = You finished the module that prepares you for your visit.

review-heading = Time to review
review-due = { $count ->
    [one] 1 question you missed before is ready to practise.
   *[other] { $count } questions you missed before are ready to practise.
}
review-start = Start review
review-results-heading = Review done!
journey-mastery = { $stars ->
    [one] 1 of 3 stars · { $mastery } % mastery
   *[other] { $stars } of 3 stars · { $mastery } % mastery
}
results-bonus = +{ $points } points for finishing the module
results-new-badge = New badge: { $badge }
results-review-hint = Questions you miss come back for review on later days, until you know them.
settings-reset-heading = Start over
settings-reset = Reset my progress
settings-reset-confirm = This erases your points, stars, badges and review questions on this device. It cannot be undone.
settings-reset-from-link = The link you opened asks to erase the progress saved in this browser. Nothing is erased unless you say yes.
settings-reset-yes = Yes, erase my progress
settings-reset-no = No, keep it
settings-reset-done = Your progress was reset.
