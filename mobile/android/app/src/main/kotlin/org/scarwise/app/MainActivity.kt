package org.scarwise.app

import com.google.androidgamesdk.GameActivity

/**
 * Starts Scarwise: the Rust library (`mobile/`, built into jniLibs by `cargo ndk`) is loaded
 * when the class loads, and GameActivity calls its `android_main`.
 *
 * The status and navigation bars stay visible: patients need the clock and the back gesture,
 * and the app keeps its content inside the insets GameActivity reports.
 */
class MainActivity : GameActivity() {
    companion object {
        init {
            System.loadLibrary("scarwise_mobile")
        }
    }
}
