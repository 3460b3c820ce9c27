#!/bin/sh
echo "app: $GREETING x$COUNT"
