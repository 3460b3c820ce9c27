FROM busybox
RUN echo hi > /a
COPY hello.txt /
