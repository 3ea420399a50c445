## The interactive scenes' labels, buttons and read-outs. Facts from shared/content/evidence-brief.md.

scene-right = Right
scene-not-quite = Not quite
scene-verdict-with = { $verdict }: { $what }
scene-play-again = Play again
scene-skin-tone = Skin tone:
scene-skin-tone-n = Skin tone { $n } of 6

## Scar explorer (module 1)

explorer-hint = Tap a scar in the picture, or pick a letter, to learn about it.
explorer-icepick = A narrow, deep hole, less than about 2 mm wide. It can reach deep into the skin.
explorer-boxcar = A dent with steep edges and a flat floor. It is about 1.5 to 4 mm across.
explorer-rolling = A wide, soft dip, more than about 4 to 5 mm across. Bands under the skin pull it down.
explorer-hypertrophic = A firm, raised bump. It stays inside the area of the first spot.
explorer-keloid = A raised scar that grows past the area of the first spot.
explorer-colour-mark = Flat red or brown marks. The skin is still smooth. Red comes from tiny blood vessels that grew wider. Brown is extra pigment. They often fade over months. Many doctors say they are not true scars, but one scale counts them as the mildest kind.

## Side light (module 1)

light-angle = Lamp height
light-seen-from-above = Seen from above
light-rolling-shows = With light from the side, the rolling scar casts soft shadows. Now you can see it.
light-rolling-hides = With light from above, the rolling scar is hard to see. Its slopes are gentle, so they make almost no shadow.

## Sorting game (module 1; its counters are shared with the routine game)

sort-progress = { $done } of { $total } done · { $right } right
sort-which = Which kind is this?
sort-bin-not-a-scar = Not a scar (colour mark)
sort-done = You got { $right } of { $total } right.
sort-why-icepick = That one was an icepick scar: a narrow, deep hole.
sort-why-boxcar = That one was a boxcar scar: steep edges and a flat floor.
sort-why-rolling = That one was a rolling scar: a wide, soft dip with bands pulling it down.
sort-why-hypertrophic = That one was a hypertrophic scar: raised, but it stays inside the first spot.
sort-why-keloid = That one was a keloid: raised, and it grows past the first spot.
sort-why-colour-mark = Those were colour marks: the skin is flat, only its colour changed. Red comes from wider blood vessels, brown from extra pigment. Many doctors say they are not true scars, though one scale counts them as the mildest kind.

## Pulse lab (module 2)

label-one-micrometre = 1 µm
label-half-mm = 0.5 mm
pulse-target-pigment = Pigment grain
pulse-target-tissue = Scar tissue
pulse-length = Pulse length:
pulse-preset-nano = Nanosecond laser
pulse-preset-pico = Pico laser
pulse-fire = Fire a pulse
pulse-readout = Pressure kept in the grain: { $pressure }% (illustrative model). Heat needs time to leak out of the grain. A pressure wave needs time to cross it: for a grain 1 µm wide, about 300 ps. That number is an estimate. One pico laser cleared in the US fires pulses of 240 to 750 ps.
pulse-model = Illustrative model
pulse-outcome-breaks = Broke apart; little heat spread
pulse-outcome-heat-stays = Heated up; the heat stayed inside
pulse-outcome-heat-leaks = Heated up; heat leaked into the skin around
pulse-outcome-tissue = No grain here for this model to break
pulse-tissue-about = This model shows a grain of pigment, not scar tissue. It does not show what one wide pulse does to a scar. In the skin, tiny bubbles form under the spots of a special lens. The lens splits the beam into tiny spots, each packed with energy. See the page “{ pico-beams-title }”.

## Wavelength (module 2)

wave-532 = 532 nm is green light. It stays near the top. Pigment in the top layer takes up a lot of it.
wave-755 = 755 nm comes from an alexandrite laser. It reaches deeper than green light.
wave-1064 = 1064 nm comes from an Nd:YAG laser. It reaches deepest. It is the gentlest on pigment in the top layer.

## Fractional lens (module 2)

lens-none = No lens
lens-diffractive = Even lens
lens-microlens = Micro-lens
lens-none-about = Without a special lens, the laser hits the whole area with one wide beam.
lens-diffractive-about = This lens splits the beam into many even tiny beams. In a pig skin test, each left a bubble about 78 µm wide. The skin between the bubbles stays whole.
lens-microlens-about = This lens splits the beam too, but less evenly. In the same test, the bubbles were about 163 µm wide. The skin between them stays whole.
lens-bubble-rows = After a pulse, the upper row of bubbles is in the top layer, where they form by LIOB. The lower row is in the dermis, where they form by cavitation.

## Remodelling (module 2)

remodel-first-floor = Floor before
remodel-exaggerated = Depth drawn 4 times deeper
remodel-weeks = Weeks
remodel-status = Week { $week } · { $sessions ->
    [one] 1 session so far.
   *[other] { $sessions } sessions so far.
}
remodel-measured = In one study of 20 people, scar volume was about { $percent }% lower at this time.

## Downtime timeline (module 3)

timeline-redness = Redness
timeline-swelling = Swelling
timeline-days = Days
timeline-day = Day
timeline-on-day = { $day ->
    [0] Treatment day
   *[other] Day { $day }
}
timeline-phase-day0 = Your skin is red and may be a bit puffy. You may see tiny red dots where the skin bled a little. Many people go back to normal things the same day or the next.
timeline-phase-fading = The redness is fading. Any puffiness is mostly gone. Many people are back to their normal day.
timeline-phase-mostly = For many people, the redness is gone or nearly gone.
timeline-phase-settled = Your skin has most likely settled. Keep using sunscreen. Watch for dark patches in the weeks after.
timeline-normal-title = Normal
timeline-normal-body = Redness and mild swelling for hours to a few days. Tiny red dots from pinpoint bleeding.
timeline-call-title = Call the clinic
timeline-call-body = Blisters. Crusts that spread. More pain, pus or a fever. A cold sore. Dark patches in the weeks after.

## Event planner (module 3)

planner-days = Days until my event
planner-event-in = { $days ->
    [0] My event is on treatment day
    [one] My event is 1 day after treatment
   *[other] My event is { $days } days after treatment
}
planner-real-dates = { $days ->
    [0] Your next session is on { $session }.
    [one] Your next session is on { $session }. { $days } day after it is { $date }.
   *[other] Your next session is on { $session }. { $days } days after it is { $date }.
}
planner-ask-clinic = Everyone heals a bit differently. Ask your clinic when to book around a big day.

## Aftercare routine game (module 4)

routine-bin-do = Do
routine-bin-avoid = Avoid for now
routine-bin-ask = Ask your clinic
routine-morning = Morning
routine-evening = Evening
routine-later = Later
routine-reapply = Outdoors, put sunscreen on again about every 2 hours.
routine-when-after-redness = after a day or two, once the redness is gone
routine-when-clinic-day = on the day your clinic says
routine-when-ask = when your clinic says it is fine
routine-clinic-first = This is typical advice. Your clinic's advice comes first.
routine-sunscreen = Broad-spectrum sunscreen, SPF 30 or more
routine-sunscreen-why = Clinics often advise using it every day, and again about every 2 hours outdoors.
routine-scrub = Face scrub
routine-scrub-why = Clinics often advise no scrubs until your skin has settled. Your clinic says when.
routine-cleanser = Gentle cleanser
routine-cleanser-why = Clinics often advise a gentle cleanser while your skin heals.
routine-sauna = Sauna or hot yoga
routine-sauna-why = Clinics often advise no strong heat while your skin is red. Wait a day or two, until the redness goes.
routine-makeup = Make-up
routine-makeup-why = Make-up is often fine soon after this kind of laser. Your clinic will tell you when.
routine-retinoid = Retinoid cream
routine-retinoid-why = Clinics often advise no retinoids until your skin has settled. Your clinic says when.
routine-moisturiser = Plain moisturiser
routine-moisturiser-why = Clinics often advise a plain moisturiser while your skin heals.
routine-picking = Picking or rubbing
routine-picking-why = Do not pick or rub the treated skin. Let it heal on its own.
routine-pool = Swimming pool
routine-pool-why = Clinics often advise no swimming pools while your skin is red. Wait a day or two.
routine-acids = Acid peels and acid toners
routine-acids-why = Clinics often advise no acids until your skin has settled. Your clinic says when.
routine-sun = Sitting in the sun
routine-sun-why = Stay out of direct sun, most of all in the first weeks.
routine-lightening = Skin lightening cream
routine-lightening-why = Wait until your skin has settled. Your clinic will tell you when.
timeline-call-phone = Your clinic: { $phone }
routine-when-day = from day { $day } after treatment, as your clinic says
