FROM busybox
RUN echo other > /stage
