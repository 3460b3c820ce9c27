FROM base:1
RUN cat /trigger
