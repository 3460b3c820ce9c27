nosuchcmd # expect: sh: nosuchcmd: not found
echo $? # expect: 127
/tmp # expect: sh: /tmp: Permission denied
echo $? # expect: 126
cat /nope # expect: cat: can't open '/nope': No such file or directory
echo $? # expect: 1
echo out > /tmp/f; echo more >> /tmp/f; cat /tmp/f
# expect: out
# expect: more
cat <<EOT
hello $HOME
EOT
# expect: hello /root
echo err >&2 # expect: err
