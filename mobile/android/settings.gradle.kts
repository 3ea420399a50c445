// The Android shell of Scarwise: GameActivity loading libscarwise_mobile.so (built by
// `cargo ndk`, see mobile/README.md) and the lesson files packed as APK assets.
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}
dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
    }
}
rootProject.name = "scarwise"
include(":app")
