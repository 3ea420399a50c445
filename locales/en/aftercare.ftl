## Module 4: caring for your skin afterwards. Facts from shared/content/evidence-brief.md,
## sections 8 and 6. Aftercare is typical advice: every page says the clinic's comes first.

aftercare-sun-title = Sun care every day
aftercare-sun-p1 = Use sunscreen every day. Pick one that says broad-spectrum, which means it blocks a wide range of the sun's rays. Choose SPF 30 or higher.
aftercare-sun-p2 = When you are outside, put it on again about every 2 hours. Stay out of direct sun, most of all in the first weeks.
aftercare-sun-p3 = This is typical advice. Your clinic's advice comes first.

aftercare-gentle-title = Be gentle with your skin
aftercare-gentle-p1 = Wash with a gentle cleanser, a mild face wash. Then use a plain moisturiser, a simple cream that keeps skin from drying out.
aftercare-gentle-p2 = For now, skip scrubs, the gritty face washes. Skip products with acids, such as acid peels and acid toners. Skip retinoids, which are strong vitamin A creams. Skip lightening creams that fade dark spots.
aftercare-gentle-p3 = Wait until your skin has settled. Your clinic will tell you how many days. This is typical advice, and your clinic's advice comes first.

aftercare-hands-off-title = Hands off
aftercare-hands-off-p1 = Do not pick at the treated skin. Do not rub it. Let it heal on its own.
aftercare-hands-off-p2 = You can often wear make-up soon after this kind of laser. Ask your clinic when you can start again.
aftercare-hands-off-p3 = This is typical advice. Your clinic may say something else, and its advice comes first.

aftercare-heat-title = Heat and water
aftercare-heat-p1 = While your skin is red, stay away from strong heat. Skip the sauna and hot yoga for a day or two.
aftercare-heat-p2 = Skip swimming pools for that time too.
aftercare-heat-p3 = This is typical advice. Your clinic's advice comes first.

aftercare-routine-title = Game: build your routine
aftercare-routine-p1 = Sort each item into Do, Avoid for now, or Ask your clinic. You will see at once if you are right, and why. Then see your morning and evening routine. This is typical advice, and your clinic's advice comes first.

aftercare-skin-tone-title = Skin tone and brown marks
aftercare-skin-tone-p1 = Doctors sort skin into six types, I to VI, by how it reacts to sun. Darker skin, types IV to VI, gets brown marks more easily after lasers that work by heat. These brown marks are called PIH.
aftercare-skin-tone-p2 = Fractional lasers treat many tiny dots and leave the skin between them alone. In 7 studies put together, fractional pico lasers led to far fewer brown marks than other fractional lasers.
aftercare-skin-tone-p3 = In the US, one 1064 nm handpiece for acne scars (the part held to the skin) was cleared, or allowed, for skin types II to V. This is one example of a limit, so ask your clinic about your skin type. Your clinic's advice comes first.

aftercare-q-sunscreen = Which sunscreen is the typical advice after a session?
aftercare-q-sunscreen-a = Broad-spectrum, SPF 30 or higher, every day
aftercare-q-sunscreen-b = SPF 15, only on hot days
aftercare-q-sunscreen-c = Any sunscreen, only when you go to the beach
aftercare-q-sunscreen-why = Use a broad-spectrum sunscreen with SPF 30 or higher, every day. Broad-spectrum means it blocks a wide range of the sun's rays.

aftercare-q-reapply = When you are outside, how often should you put sunscreen on again?
aftercare-q-reapply-a = Once, in the morning, is enough
aftercare-q-reapply-b = About every 8 hours
aftercare-q-reapply-c = About every 2 hours
aftercare-q-reapply-why = Outside, put it on again about every 2 hours. And stay out of direct sun, most of all in the first weeks.

aftercare-q-avoid = Which should you avoid for now, until your skin has settled? Select all that apply.
aftercare-q-avoid-scrub = A gritty face scrub
aftercare-q-avoid-cleanser = A gentle cleanser
aftercare-q-avoid-retinoid = A retinoid cream
aftercare-q-avoid-moisturiser = A plain moisturiser
aftercare-q-avoid-lightening = A skin lightening cream
aftercare-q-avoid-why = Scrubs, retinoids and lightening creams can wait until your skin has settled. A gentle cleanser and a plain moisturiser are fine. Your clinic tells you how many days. This is typical advice, and your clinic's advice comes first.

aftercare-q-sun-weeks = When is it most important to stay out of direct sun?
aftercare-q-sun-weeks-a = Only on the day of the session
aftercare-q-sun-weeks-b = Most of all in the first weeks
aftercare-q-sun-weeks-c = Only on hot summer days
aftercare-q-sun-weeks-why = Stay out of direct sun, most of all in the first weeks. Use a broad-spectrum sunscreen every day too. This is typical advice, and your clinic's advice comes first.

aftercare-q-picking = Gently picking at small crusts helps the skin heal.
aftercare-q-picking-why = False. Do not pick or rub the treated skin. Let it heal on its own.

aftercare-q-make-up = After this kind of laser, make-up is often allowed soon after.
aftercare-q-make-up-why = True. It is often allowed soon after. Your clinic will tell you when.

aftercare-q-heat = While your skin is red, how long should you skip the sauna, hot yoga and pools?
aftercare-q-heat-a = Just for an hour
aftercare-q-heat-b = For a day or two
aftercare-q-heat-c = For 6 months
aftercare-q-heat-why = Skip heat and pools for a day or two, while the skin is red. This is typical advice, and your clinic's advice comes first.

aftercare-q-darker = Darker skin, types IV to VI, gets brown marks more easily after lasers that work by heat.
aftercare-q-darker-why = True. These brown marks are called PIH. Tell your doctor your skin type, and ask about your risk.

aftercare-q-pico-pih = In 7 studies put together, how did fractional pico lasers compare with other fractional lasers?
aftercare-q-pico-pih-a = They led to more brown marks
aftercare-q-pico-pih-b = They led to far fewer brown marks
aftercare-q-pico-pih-c = They led to no brown marks at all
aftercare-q-pico-pih-why = Fractional pico lasers led to far fewer brown marks. But far fewer is not none, so ask your doctor about your own risk.
