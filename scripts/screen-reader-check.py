#!/usr/bin/python3
"""Scarwise through a real screen reader's bus: AT-SPI, what Orca reads on Linux.

Starts a private D-Bus session with the AT-SPI bus and registry (Debian's at-spi2-core), says
a screen reader is on (as Orca does), runs the desktop app under Xvfb with its AccessKit
adapter, and from this separate process walks the app's tree with the AT-SPI client library
(python3-gi, gir1.2-atspi-2.0), checking:

- the title screen: its headings and the "Start learning" button, by name;
- pressing that button through AT-SPI's action opens the journey map;
- "Begin", then every lesson page's "Next", then "Start the quiz", by AT-SPI actions alone;
- a quiz question: every choice found by name, with its role and its checked state, and a
  drawing described; answering through AT-SPI marks the chosen one checked.

Usage: scripts/screen-reader-check.py [--binary PATH] [--keep-going]
The words come from locales/en/*.ftl and the question's choices from assets/content/*.ron.
Exit status 0 when every check passed, 1 when one failed, 2 when the bus or the app could
not be started.
"""

import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARK = "SCARWISE_SCREEN_READER_SESSION"


def messages(lang):
    """Single-line messages of the app's locale files: id -> text."""
    found = {}
    for path in sorted(glob.glob(os.path.join(REPO, "locales", lang, "*.ftl"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                m = re.match(r"^([a-z][a-z0-9-]*) = (.+)$", line.rstrip("\n"))
                if m:
                    found[m.group(1)] = m.group(2).strip()
    return found


def choice_questions(module):
    """The module's choice questions: [(prompt id, [(choice text id, correct)])]."""
    with open(os.path.join(REPO, "assets", "content", f"{module}.ron"), encoding="utf-8") as f:
        text = f.read()
    questions = []
    for chunk in text.split('prompt: "')[1:]:
        prompt = chunk.split('"', 1)[0]
        kind = re.search(r"kind:\s*(\w+)", chunk)
        if not kind or kind.group(1) not in ("SingleChoice", "MultipleChoice"):
            continue
        body = chunk.split("explanation:", 1)[0]
        questions.append((prompt, [
            (m.group(1), m.group(2) == "true")
            for m in re.finditer(r'\(text: "([^"]+)", correct: (true|false)\)', body)
        ]))
    return questions


class Checks:
    def __init__(self, keep_going):
        self.failures = 0
        self.keep_going = keep_going

    def check(self, condition, what):
        print(f"  {'ok  ' if condition else 'FAIL'} {what}", flush=True)
        if not condition:
            self.failures += 1
            if not self.keep_going:
                raise SystemExit(1)
        return condition


# ---------------------------------------------------------------------------------------
# The session: a bus, the accessibility bus and registry, a screen reader said to be on.

def in_own_session(argv):
    """Runs this script again inside `dbus-run-session` (a bus of its own, gone at the end)."""
    if os.environ.get(MARK) == "1":
        return
    if not shutil.which("dbus-run-session"):
        print("screen-reader check: dbus-run-session is missing (Debian: dbus-daemon)")
        raise SystemExit(2)
    env = dict(os.environ, **{MARK: "1"})
    raise SystemExit(subprocess.call(["dbus-run-session", "--", sys.executable, __file__, *argv], env=env))


def bus_launcher():
    for path in ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher",
                 "/usr/lib/at-spi2/at-spi-bus-launcher"):
        if os.access(path, os.X_OK):
            return path
    return None


def gdbus(*args):
    return subprocess.run(["gdbus", "call", "--session", "--dest", "org.a11y.Bus",
                           "--object-path", "/org/a11y/bus", *args],
                          capture_output=True, text=True, timeout=10)


def start_accessibility_bus():
    launcher = bus_launcher()
    if launcher is None:
        print("screen-reader check: at-spi-bus-launcher is missing (Debian: at-spi2-core)")
        raise SystemExit(2)
    process = subprocess.Popen([launcher, "--launch-immediately"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        if gdbus("--method", "org.a11y.Bus.GetAddress").returncode == 0:
            break
        time.sleep(0.1)
    else:
        print("screen-reader check: the accessibility bus did not start")
        raise SystemExit(2)
    # What Orca does when it starts: apps (AccessKit among them) then offer their trees.
    done = gdbus("--method", "org.freedesktop.DBus.Properties.Set", "org.a11y.Status",
                 "ScreenReaderEnabled", "<true>")
    if done.returncode != 0:
        print(f"screen-reader check: cannot say a reader is on: {done.stderr.strip()}")
        raise SystemExit(2)
    return process


def start_app(binary, log_path):
    env = dict(os.environ, WGPU_BACKEND="vulkan", BEVY_ASSET_ROOT=REPO)
    log = open(log_path, "w")
    return subprocess.Popen(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", binary, "--memory-only",
         "--window", "1280x800", "--locale", "en", "--seed", "7"],
        env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


# ---------------------------------------------------------------------------------------
# Reading the tree, as a screen reader does.

def atspi():
    import gi
    gi.require_version("Atspi", "2.0")
    from gi.repository import Atspi
    return Atspi


def nodes(node, depth=0):
    """Every node under `node`, depth first (as a reader's "read all" meets them)."""
    if node is None or depth > 40:
        return
    yield node
    for i in range(node.get_child_count()):
        yield from nodes(node.get_child_at_index(i), depth + 1)


def find(app, role, name):
    """The first node named `name` whose role is `role` (a role, or a tuple of roles)."""
    roles = (role,) if isinstance(role, str) else role
    for node in nodes(app):
        if node.get_role_name() in roles and node.get_name() == name:
            return node
    return None


def shown_question(app, en, questions):
    """The choice question on screen: its prompt is a heading and all its choices are there
    (several questions share a prompt, "Which type of scar does this drawing show?")."""
    names = {node.get_name() for node in nodes(app)}
    for prompt, choices in questions:
        if en.get(prompt) in names and all(en.get(text_id) in names for text_id, _ in choices):
            if find(app, "heading", en[prompt]) is not None:
                return prompt, choices
    return None


def wait_for(what, probe, timeout=30.0):
    from gi.repository import GLib
    end = time.time() + timeout
    while time.time() < end:
        try:
            found = probe()
        except GLib.GError as error:
            # The screen changed while the tree was read (a node went away between listing
            # it and asking its name, as when a press opens the next screen): read again.
            print(f"  (the tree changed while read: {error.message}; reading again)")
            found = None
        if found:
            return found
        time.sleep(0.1)
    return None


def press(Atspi, node):
    """The button's first action ("click"), as Orca's Enter or a switch does."""
    return Atspi.Action.do_action(node, 0)


def checked(Atspi, node):
    return node.get_state_set().contains(Atspi.StateType.CHECKED)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default=os.path.join(
        os.environ.get("CARGO_TARGET_DIR", os.path.join(REPO, "target")), "debug", "scarwise"))
    parser.add_argument("--keep-going", action="store_true", help="report every failure")
    parser.add_argument("--log", default=os.path.join(REPO, "target", "screen-reader-app.log"))
    args = parser.parse_args()
    in_own_session(sys.argv[1:])

    if not os.access(args.binary, os.X_OK):
        print(f"screen-reader check: no app at {args.binary} (cargo build first)")
        raise SystemExit(2)
    Atspi = atspi()
    en = messages("en")
    questions = choice_questions("scar-types")
    checks = Checks(args.keep_going)
    os.makedirs(os.path.dirname(args.log), exist_ok=True)
    bus = start_accessibility_bus()
    app_process = start_app(args.binary, args.log)
    try:
        def the_app():
            desktop = Atspi.get_desktop(0)
            for i in range(desktop.get_child_count()):
                child = desktop.get_child_at_index(i)
                if child is not None and child.get_name() == "scarwise" and find(child, "push button", en["title-start"]):
                    return child
            return None

        app = wait_for("the app on the bus", the_app, timeout=90)
        if not app:
            print(f"screen-reader check: Scarwise never appeared on the AT-SPI bus (app log: {args.log})")
            raise SystemExit(2)
        print("title screen")
        frame = app.get_child_at_index(0)
        checks.check(frame.get_role_name() == "frame" and frame.get_name() == "Scarwise",
                     f"the window is a frame named Scarwise ({frame.get_role_name()} {frame.get_name()!r})")
        title = find(app, "heading", "Scarwise")
        # (AccessKit's AT-SPI adapter gives no heading levels yet; tests/app/screen_reader.rs
        # checks them in the tree the adapter receives.)
        checks.check(title is not None, "the title is a heading named Scarwise")
        tagline = find(app, "heading", en["title-tagline"])
        checks.check(tagline is not None, f"the tagline is a heading: {en['title-tagline']!r}")
        start = find(app, "push button", en["title-start"])
        checks.check(start is not None, f"a push button named {en['title-start']!r}")
        drawing = next((n for n in nodes(app) if n.get_role_name() == "image"), None)
        checks.check(drawing is not None and drawing.get_name().startswith("Drawing:") and len(drawing.get_name()) > 40,
                     f"the drawing is described ({drawing.get_name() if drawing else None!r})")

        print("pressing buttons through AT-SPI")
        checks.check(press(Atspi, start), "the button's action was accepted")
        begin = wait_for("the map", lambda: find(app, "push button", en["journey-begin"]), timeout=10)
        checks.check(begin is not None, f"the journey map opened: {en['journey-begin']!r} is there")
        heading = find(app, "heading", en["journey-heading"])
        checks.check(heading is not None, f"the map's heading: {en['journey-heading']!r}")
        press(Atspi, begin)
        question_of = en["quiz-question-of"].replace("{ $number }", r"\d+").replace("{ $total }", r"\d+")
        quiz = None
        for page in range(20):
            start_quiz = wait_for("a lesson page", lambda: find(app, "push button", en["lesson-start-quiz"])
                                  or find(app, "push button", en["lesson-next"]), timeout=10)
            if start_quiz is None:
                break
            is_last = start_quiz.get_name() == en["lesson-start-quiz"]
            press(Atspi, start_quiz)
            if is_last:
                quiz = wait_for("the quiz", lambda: next(
                    (n for n in nodes(app) if re.fullmatch(question_of, n.get_name() or "")), None), timeout=10)
                break
            time.sleep(0.3)
        checks.check(quiz is not None, f"every lesson page turned by AT-SPI actions, then the quiz opened ({page} pages)")

        print("a quiz question")
        question = None
        for _ in range(12):
            question = wait_for("a choice question", lambda: shown_question(app, en, questions), timeout=3)
            if question:
                break
            # Another kind of question: answered with "True" (or its first option), then Next.
            answer = find(app, ("radio button", "push button"), en["quiz-true"])
            if answer is not None:
                press(Atspi, answer)
            following = wait_for("Next", lambda: find(app, "push button", en["quiz-next"]), timeout=5)
            if following is None:
                break
            press(Atspi, following)
            time.sleep(0.5)
        if checks.check(question is not None, "a choice question is on screen, its prompt a heading"):
            prompt, choices = question
            role = "check box" if sum(right for _, right in choices) > 1 else "radio button"
            for text_id, _ in choices:
                node = find(app, role, en[text_id])
                checks.check(node is not None and not checked(Atspi, node),
                             f"{role} {en[text_id]!r}: found, not checked")
            right = en[next(text_id for text_id, correct in choices if correct)]
            press(Atspi, find(app, role, right))
            if role == "check box":
                press(Atspi, find(app, "push button", en["quiz-check"]))
            # Once answered, the right one carries a tick in its name too.
            ticked = wait_for("the answer", lambda: next(
                (n for n in nodes(app) if n.get_role_name() == role and n.get_name().endswith(right)
                 and checked(Atspi, n)), None), timeout=10)
            checks.check(ticked is not None, f"answered through AT-SPI: {right!r} now reads as checked"
                         + (f" ({ticked.get_name()!r})" if ticked else ""))
    finally:
        os.killpg(app_process.pid, 15)
        try:
            app_process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(app_process.pid, 9)
        bus.terminate()
    print("all screen-reader checks passed" if checks.failures == 0 else f"{checks.failures} screen-reader check(s) failed")
    raise SystemExit(1 if checks.failures else 0)


if __name__ == "__main__":
    main()
