// A summary carried to the patient's phone by its QR code (issue 23), part of
// web/test/browser.mjs: the code's link is the web build's address with the summary in its
// fragment (`#summary=`: RON, raw deflate, base64url; src/consult/share.rs). Made here with
// Node's own zlib, apart from the app's encoder, it opens on its own screen in the summary's
// language with the "tell your doctor" answers and the patient's questions, "Save as PDF" and
// "Start learning"; a link cut short says so and the title screen follows.

import { deflateRawSync } from "node:zlib";
import { join } from "node:path";

/// The fragment payload of a summary written as the app's wire format.
function payload(ron) {
  return deflateRawSync(Buffer.from(ron, "utf8")).toString("base64url");
}

export async function takeHomeParts(t) {
  const { part, check, newPage, origin, shots, messages, named, snapshot, widgets, click } = t;

  await part("take home: a #summary= link opens the summary on the phone", async () => {
    const es = await messages("es");
    const own = "¿Puedo ir a una boda tres días después?";
    const ron = `(v:1,l:"es",q:["realistic"],c:[${JSON.stringify(own)}],` +
      `f:[("keloids",0),("isotretinoin",1)],s:[2],m:[],k:None,d:[],u:[],o:[0])`;
    const { context, page } = await newPage({
      viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1,
    });
    await page.goto(`${origin}/?test=1#summary=${payload(ron)}`);
    await page.waitForFunction(() => document.getElementById("scarwise-loading").hidden,
      null, { timeout: 180_000 });
    await named(page, es["prep-received-note"]);
    const names = (await widgets(page)).map((w) => w.name);
    const has = (text, what) => check(names.some((n) => n.includes(text)), `${what} (${text})`);
    has(es["prep-summary-title"], "in the summary's language, Spanish");
    has(`${es["prep-flag-keloids"]} — ${es["prep-reply-yes"]}`, "a flag answered yes");
    has(`${es["prep-flag-isotretinoin"]} — ${es["prep-reply-not-sure"]}`, "a flag answered not sure");
    has(`• ${es["prep-q-realistic"]}`, "a chosen question");
    has(`• ${own}`, "the patient's own question");
    has(es["prep-summary-unclear"], "what the code left out is named");
    check(names.includes(es["prep-save-pdf"]), "Save as PDF is offered");
    check((await snapshot(page)).pointer.screen === "Received", "on the received summary's screen");
    await page.screenshot({ path: join(shots, "phone-390x844-summary-received.png") });
    await click(page, es["title-start"]);
    await named(page, es["journey-heading"] ?? es["nav-settings"]);
    check((await snapshot(page)).pointer.screen === "Journey", "Start learning opens the journey");
    await context.close();
  });

  await part("take home: a link cut short is told, and the title follows", async () => {
    const en = await messages("en");
    const whole = payload(`(v:1,l:"en",q:["realistic"],c:[],f:[],s:[],m:[],k:None,d:[],u:[],o:[])`);
    const { context, page } = await newPage();
    await page.goto(`${origin}/?test=1#summary=${whole.slice(0, whole.length - 6)}`);
    await page.waitForFunction(() => document.getElementById("scarwise-loading").hidden,
      null, { timeout: 180_000 });
    await named(page, en["prep-received-broken"]);
    await named(page, en["title-start"]);
    check(true, "the broken link is told and the title screen shows");
    await context.close();
  });
}
