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
