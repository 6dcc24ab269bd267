cBnlPAGika0O1lErJ9kPuYaln/O+o0DJcdCS3pBguaOQn//zNIKgvkO1FId8N+4ccS6NsnMI/mquyRzGW+FTBA==
