plugins {
    alias(libs.plugins.android.application)
}

android {
    namespace = "org.scarwise.app"
    compileSdk = 36

    defaultConfig {
        applicationId = "org.scarwise.app"
        // Bevy's audio needs Android 8 (API 26).
        minSdk = 26
        targetSdk = 36
        versionCode = 1
        versionName = "0.1.0"
        ndk {
            abiFilters.addAll(listOf("arm64-v8a", "x86_64"))
        }
    }
    buildTypes {
        getByName("release") {
            isMinifyEnabled = true
            isShrinkResources = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"))
        }
    }
    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
    sourceSets {
        getByName("main") {
            // The lesson files, read by Bevy's asset loader from the APK.
            assets.srcDirs("../../../assets")
        }
    }
}

dependencies {
    implementation(libs.appcompat)
    implementation(libs.core)
    implementation(libs.games.activity)
}
