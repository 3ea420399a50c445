## Text for screen readers: what each drawing shows, and names for controls that are only
## a symbol or a colour on screen.

a11y-picture-skin = Drawing: a slice of smooth skin seen from the side, with the name of each layer next to it.
a11y-picture-lineup = Drawing: a slice of skin seen from the side, with the three kinds of dented acne scars next to each other, each marked above it.
a11y-picture-explorer = Drawing: a slice of skin seen from the side. Five kinds of scars are next to each other, and on the right a red and a brown colour mark, which are not scars. The sizes of the scars are to scale; the skin layers are simplified.
a11y-picture-scar = Drawing: a slice of skin seen from the side, showing this kind of scar or mark: { $scar }.
# A drawing a question is about: its shape in words, never its name.
a11y-picture-one-scar = Drawing: a slice of skin seen from the side. { $shape }
a11y-shape-icepick = It is a narrow, deep hole that reaches far down into the skin.
a11y-shape-boxcar = It is a dent with steep edges and a flat floor.
a11y-shape-rolling = It is a wide, soft dip with sloping edges. Bands under the skin pull it down.
a11y-shape-hypertrophic = It is a firm bump above the skin. It stays inside the bracket that marks where the spot was.
a11y-shape-keloid = It is a raised bump. It spreads past the bracket that marks where the spot was.
a11y-shape-colour-mark = The skin is flat, with no dent or bump. In one place, tiny blood vessels under the top layer are wider, so it looks red. In another, there is extra pigment in the top layer, so it looks brown.

a11y-scene-side-light = Drawing: a lamp shines on scarred skin from the angle you set. Light from the side casts shadows in dents, so a rolling scar shows. Light from straight above hides it.
a11y-scene-pulse-length = Drawing of an illustrative model: a laser pulse hits a tiny grain of pigment in the skin. A very short pico pulse builds pressure that breaks the grain apart, with little heat. A longer pulse heats the grain. A much longer one lets the heat leak into the skin around it. With scar tissue picked, the drawing has no grain and the text points to the page on the special lens.
a11y-scene-wavelength = Drawing: three laser colours going into the skin. Longer wavelengths reach deeper and are taken up less by the colour in the top layer.
a11y-scene-fractional-lens = Drawing: a lens splits the beam into many tiny beams. Each leaves tiny bubbles under the skin: one in the top layer (LIOB) and one in the dermis (cavitation). The skin between the spots stays untouched.
a11y-scene-remodelling = Drawing: a dented scar seen from the side. As the weeks go by after each session, new collagen slowly lifts the floor of the dent a little. It does not become fully flat.
a11y-scene-downtime-timeline = Drawing: a patch of treated skin on the day you pick, with a chart of how redness and swelling fade over the days.
a11y-scene-event-planner = Drawing: a patch of treated skin as it may look on the day of your event. Below it, words say what to expect that day.

a11y-move-up = Move up: { $step }
a11y-move-down = Move down: { $step }

## The text version of the lessons (for the web build: screen readers and search engines).
text-version-title = Scarwise: the lessons as plain text
text-version-link = Text version of the lessons
text-version-contents = ← All lessons
text-version-check = Check what you learned
text-version-answer = Show the answer
text-version-open-app = Open the interactive app

## Read aloud: a lesson page, a question, an answer or the summary spoken with the device's
## own voices, sentence by sentence. { $language } is the language's own name ("Español").
read-aloud = Read aloud
read-aloud-answer = Read the answer aloud
read-aloud-pause = Pause
read-aloud-resume = Go on reading
read-aloud-stop = Stop reading
read-aloud-where = Sentence { $number } of { $total }
read-aloud-from-here = Tap a sentence to read from there.
read-aloud-no-voice = This device has no voice for { $language }, so it cannot read this aloud.
read-aloud-no-speech = This device cannot read aloud: it has no voices for speech.
read-aloud-text-offer = You can save the text version of this module. Your device’s own screen reader can read it to you.
read-aloud-text-version = Save the text version
read-aloud-text-saved = The text version was saved as { $path }
read-aloud-text-failed = The text version could not be saved: { $reason }
