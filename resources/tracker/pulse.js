// placeholder replaced by the tracker
