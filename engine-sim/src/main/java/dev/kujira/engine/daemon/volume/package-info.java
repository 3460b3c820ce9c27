/**
 * The daemon's volumes (moby volume/service and the local driver): named and anonymous volumes,
 * binds, tmpfs and image VOLUMEs mounted into containers, their users, prune, and where the host
 * sees their files. {@code VolumeStore} owns the volumes and their snapshot; {@code VolumeErrors}
 * builds every error of this package. It sees the daemon only through {@code VolumeDaemon}.
 */
package dev.kujira.engine.daemon.volume;
