## The five modules of the learning path.

module-scar-types-title = Scar types
module-scar-types-summary = Learn the kinds of acne scars and what makes each one different.
module-how-pico-works-title = How pico lasers work
module-how-pico-works-summary = See how very short flashes of laser light help the skin rebuild.
module-downtime-title = Downtime: what to expect
module-downtime-summary = What your skin may look and feel like in the days after a session.
module-aftercare-title = Caring for your skin afterwards
module-aftercare-summary = The simple habits that help your skin heal well.
module-consultation-title = Prepare for your consultation
module-consultation-summary = Questions to ask and things to tell your doctor.

## The express path (about 90 seconds): one key point per module.
module-scar-types-key = Dented scars come in three kinds: narrow, deep icepick scars; boxcar scars with sharp edges; and wide, soft rolling scars. Raised scars and flat colour marks are different again.
module-how-pico-works-key = A pico laser fires very short flashes. They shake tiny targets apart with little heat, and split into tiny beams that help the skin rebuild over weeks. Results build slowly and are partial.
module-downtime-key = Redness, mild swelling and tiny red dots are normal for hours to a few days. Call the clinic for blisters, spreading crusts, signs of infection, a cold sore or dark patches.
module-aftercare-key = Use sunscreen every day, wash gently and use a plain moisturiser. Skip scrubs, acids and retinoids until your clinic says, and do not pick.
module-consultation-key = Bring your questions, and tell your doctor about medicines, cold sores, keloids, a recent tan or pregnancy. Doctors differ on some things, so ask.
express-open = Short on time? The 90-second version
express-heading = The 90-second version
express-intro = Five key points, then five quick questions.
express-start-quiz = Try 5 questions
