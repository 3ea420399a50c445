## The five modules of the learning path.

module-scar-types-title = Scar types
module-scar-types-summary = Learn the kinds of acne scars and what makes each one different.
module-how-pico-works-title = How pico lasers work
module-how-pico-works-summary = See how very short flashes of laser light help the skin rebuild over weeks to months.
module-downtime-title = Downtime: what to expect
module-downtime-summary = What your skin may look and feel like in the days after a session.
module-aftercare-title = Caring for your skin afterwards
module-aftercare-summary = Typical clinic advice for caring for your skin while it heals.
module-consultation-title = Prepare for your consultation
module-consultation-summary = Questions to ask and things to tell your doctor.

## The express path (about 90 seconds): one key point per module.
module-scar-types-key = There are three main kinds of dented scars: narrow, deep icepick scars; boxcar scars with sharp edges; and wide, soft rolling scars. Raised scars are different again. Flat red or brown colour marks change only the colour: many doctors say they are not true scars.
module-how-pico-works-key = A pico laser fires very short flashes. They shake tiny targets apart with little heat. A special lens splits the beam into tiny beams that help the skin rebuild over weeks to months. Results build up over several sessions, and scars often improve only partly.
module-downtime-key = Redness, mild swelling and tiny red dots are normal for hours to a few days. Call the clinic for blisters, spreading crusts, signs of infection, a cold sore or dark patches.
module-aftercare-key = Typical advice, which your clinic may change: use broad-spectrum sunscreen (SPF 30 or more) every day, wash gently and use a plain moisturiser. Skip scrubs, acids and retinoids until your clinic says, and do not pick.
module-consultation-key = Bring your questions, and tell your doctor about medicines, cold sores, keloids, a recent tan or pregnancy. Doctors differ on some things, so ask.
express-open = Short on time? The 90-second version
express-heading = The 90-second version
express-intro = Five key points, then five quick questions.
express-start-quiz = Try 5 questions
