FROM busybox
HEALTHCHECK --interval=1s --timeout=1s --retries=1 CMD test -f /tmp/ok
CMD ["sleep", "300"]
