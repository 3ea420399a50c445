# The browser build as an app on the patient's phone: adding it to the home screen, and a new
# version waiting to start.

install-heading = Keep Scarwise on your phone
install-about = Add it to your home screen. It opens like an app and works without the internet. Your progress stays on this device.
install-button = Add Scarwise to your home screen
install-dismiss = No, thanks
install-ios-steps = On an iPhone or iPad, tap the Share button at the bottom of Safari. Then tap “Add to Home Screen”.
install-ios-share = The Share button: a square with an arrow pointing up
install-ios-add = “Add to Home Screen”: a square with a plus sign
update-ready = A new version of Scarwise is ready. Restart to use it. Your progress is kept.
update-restart = Restart
update-later = Later
